package dev.warden.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The decision's history, one fact per decision: every {@link PastTransaction} enrichment found, and the ones of
 * one account or party on request. Rules read rows from it with {@code from}
 * ({@code PastTransaction(hop == 0, ageHours <= 48) from $h.receivedBy($account)}) instead of matching rows
 * inserted one by one: an inserted row goes through every pattern over PastTransaction in the rule set, which made
 * the rules' cost grow by 2-3 µs per row (hundreds of rows around a busy account); a rule that asks for one account's
 * rows only looks at those. Each view is computed once per decision, on first use, and is read-only.
 *
 * <p>Not thread-safe: a decision's session is evaluated by one thread.
 */
public final class History {
    private final List<PastTransaction> rows;
    // Each view, grouped by its key in one pass over the rows on first use: a decision asks one view for several
    // accounts (the chain rule for every payer of the originator), and one pass serves them all. Null until asked.
    private Map<String, List<PastTransaction>> sentBy;
    private Map<String, List<PastTransaction>> receivedBy;
    private Map<String, List<PastTransaction>> of;
    private Map<String, List<PastTransaction>> sentByParty;
    private Map<String, List<PastTransaction>> receivedByParty;

    public History(List<PastTransaction> rows) {
        this.rows = Collections.unmodifiableList(rows);
    }

    /** Every row: the accounts' own transactions (hop 0) and the upstream hops. */
    public List<PastTransaction> getRows() {
        return rows;
    }

    /** The rows the account paid from; empty for a null account. */
    public List<PastTransaction> sentBy(String account) {
        if (sentBy == null) sentBy = group(PastTransaction::getOriginatorAccount, null);
        return rowsOf(sentBy, account);
    }

    /** The rows the account was paid into; empty for a null account. */
    public List<PastTransaction> receivedBy(String account) {
        if (receivedBy == null) receivedBy = group(PastTransaction::getBeneficiaryAccount, null);
        return rowsOf(receivedBy, account);
    }

    /** The rows the account took part in, either side, each once; empty for a null account. */
    public List<PastTransaction> of(String account) {
        if (of == null) of = group(PastTransaction::getOriginatorAccount, PastTransaction::getBeneficiaryAccount);
        return rowsOf(of, account);
    }

    /** The rows any account of the party paid from; empty for a null party. */
    public List<PastTransaction> sentByParty(String partyId) {
        if (sentByParty == null) sentByParty = group(PastTransaction::getOriginatorPartyId, null);
        return rowsOf(sentByParty, partyId);
    }

    /** The rows any account of the party was paid into; empty for a null party. */
    public List<PastTransaction> receivedByParty(String partyId) {
        if (receivedByParty == null) receivedByParty = group(PastTransaction::getBeneficiaryPartyId, null);
        return rowsOf(receivedByParty, partyId);
    }

    private static List<PastTransaction> rowsOf(Map<String, List<PastTransaction>> view, String key) {
        return key == null ? List.of() : view.getOrDefault(key, List.of());
    }

    /**
     * The rows under each value of {@code key} (and of {@code otherKey}, when given and different), in the rows'
     * order, read-only.
     */
    private Map<String, List<PastTransaction>> group(Function<PastTransaction, String> key,
            Function<PastTransaction, String> otherKey) {
        Map<String, List<PastTransaction>> groups = new HashMap<>();
        for (PastTransaction t : rows) {
            String value = key.apply(t);
            if (value != null) groups.computeIfAbsent(value, k -> new ArrayList<>()).add(t);
            String other = otherKey == null ? null : otherKey.apply(t);
            if (other != null && !other.equals(value)) groups.computeIfAbsent(other, k -> new ArrayList<>()).add(t);
        }
        groups.replaceAll((value, selected) -> Collections.unmodifiableList(selected));
        return groups;
    }

    @Override
    public String toString() {
        return "History[" + rows.size() + " rows]";
    }
}
