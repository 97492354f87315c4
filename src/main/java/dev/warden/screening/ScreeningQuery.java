package dev.warden.screening;

import dev.warden.screening.list.WatchListEntry;
import java.util.List;

import dev.warden.facts.Party;
import dev.warden.facts.PartyType;
import dev.warden.screening.list.WatchListEntry.IdentifierKind;
import dev.warden.screening.list.WatchListEntry.SubjectType;

/**
 * What is screened: a name with its qualifiers (type, country, date of birth) and the identifiers and wallet that
 * are matched exactly. Every field may be null; {@code partyKey} names the party for clearances.
 */
public record ScreeningQuery(String name, SubjectType type, String country, String birthDate,
        List<QueryIdentifier> identifiers, String wallet, String partyKey) {

    public record QueryIdentifier(IdentifierKind kind, String value) {
    }

    public ScreeningQuery {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    /** A decision's party: its name, type and country, its bank's BIC, its IBAN and its wallet. */
    public static ScreeningQuery of(Party party) {
        List<QueryIdentifier> ids = new java.util.ArrayList<>();
        if (party.getBic() != null) ids.add(new QueryIdentifier(IdentifierKind.BIC, party.getBic()));
        if (party.getIban() != null) ids.add(new QueryIdentifier(IdentifierKind.IBAN, party.getIban()));
        return new ScreeningQuery(party.getName(), subjectType(party.getType()), party.getCountry(), null, ids,
                party.getWalletAddress(), partyKey(party));
    }

    /** The key a clearance is stored under: the partyId of a known customer, else the account key. */
    public static String partyKey(Party party) {
        return party.getPartyId() != null ? party.getPartyId() : party.getAccountKey();
    }

    public static SubjectType subjectType(PartyType type) {
        if (type == null) return null;
        return type == PartyType.INDIVIDUAL ? SubjectType.INDIVIDUAL : SubjectType.ENTITY;
    }
}
