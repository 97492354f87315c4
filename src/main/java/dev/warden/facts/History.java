package dev.warden.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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
    private final Map<String, List<PastTransaction>> sentBy = new HashMap<>();
    private final Map<String, List<PastTransaction>> receivedBy = new HashMap<>();
    private final Map<String, List<PastTransaction>> of = new HashMap<>();
    private final Map<String, List<PastTransaction>> sentByParty = new HashMap<>();
    private final Map<String, List<PastTransaction>> receivedByParty = new HashMap<>();

    public History(List<PastTransaction> rows) {
        this.rows = Collections.unmodifiableList(rows);
    }

    /** Every row: the accounts' own transactions (hop 0) and the upstream hops. */
    public List<PastTransaction> getRows() {
        return rows;
    }

    /** The rows the account paid from; empty for a null account. */
    public List<PastTransaction> sentBy(String account) {
        return view(sentBy, account, t -> account.equals(t.getOriginatorAccount()));
    }

    /** The rows the account was paid into; empty for a null account. */
    public List<PastTransaction> receivedBy(String account) {
        return view(receivedBy, account, t -> account.equals(t.getBeneficiaryAccount()));
    }

    /** The rows the account took part in, either side, each once; empty for a null account. */
    public List<PastTransaction> of(String account) {
        return view(of, account,
                t -> account.equals(t.getOriginatorAccount()) || account.equals(t.getBeneficiaryAccount()));
    }

    /** The rows any account of the party paid from; empty for a null party. */
    public List<PastTransaction> sentByParty(String partyId) {
        return view(sentByParty, partyId, t -> partyId.equals(t.getOriginatorPartyId()));
    }

    /** The rows any account of the party was paid into; empty for a null party. */
    public List<PastTransaction> receivedByParty(String partyId) {
        return view(receivedByParty, partyId, t -> partyId.equals(t.getBeneficiaryPartyId()));
    }

    private List<PastTransaction> view(Map<String, List<PastTransaction>> views, String key,
            Predicate<PastTransaction> belongs) {
        if (key == null) return List.of();
        List<PastTransaction> view = views.get(key);
        if (view == null) {
            view = select(belongs);
            views.put(key, view);
        }
        return view;
    }

    private List<PastTransaction> select(Predicate<PastTransaction> belongs) {
        List<PastTransaction> selected = null;
        for (PastTransaction t : rows) {
            if (!belongs.test(t)) continue;
            if (selected == null) selected = new ArrayList<>();
            selected.add(t);
        }
        return selected == null ? List.of() : Collections.unmodifiableList(selected);
    }

    @Override
    public String toString() {
        return "History[" + rows.size() + " rows]";
    }
}
