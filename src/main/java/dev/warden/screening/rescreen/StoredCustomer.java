package dev.warden.screening.rescreen;

import java.util.ArrayList;
import java.util.List;

import dev.warden.screening.ScreeningQuery;
import dev.warden.screening.ScreeningQuery.QueryIdentifier;
import dev.warden.screening.list.WatchListEntry.IdentifierKind;
import dev.warden.screening.list.WatchListEntry.SubjectType;

/**
 * A customer as re-screening sees it: a stored KYC profile (name, type, country), or a party as a recorded
 * decision described it (name and its IBAN, BIC and wallet).
 *
 * @param key the partyId, else the account key
 */
public record StoredCustomer(String key, boolean profiled, String name, SubjectType type, String country, String iban,
        String bic, String wallet) {

    /** What live screening would screen for this party: the same query shape as a decision's party. */
    public ScreeningQuery query() {
        List<QueryIdentifier> ids = new ArrayList<>(2);
        if (bic != null) ids.add(new QueryIdentifier(IdentifierKind.BIC, bic));
        if (iban != null) ids.add(new QueryIdentifier(IdentifierKind.IBAN, iban));
        return new ScreeningQuery(name, type, country, null, ids, wallet, key);
    }
}
