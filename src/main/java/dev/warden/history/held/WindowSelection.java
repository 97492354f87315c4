package dev.warden.history.held;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import dev.warden.facts.PastTransaction;
import dev.warden.history.HistoryRequest;
import dev.warden.history.HistoryWindow;
import dev.warden.history.UpstreamHops;
import dev.warden.history.WindowQuery;

/**
 * What a history window holds, for sources that answer from rows in memory ({@link InMemoryHistory},
 * {@link HistoryMirror}); the same rule {@link HistoryWindow}'s statement applies in PostgreSQL: for each key column
 * and each of its values, the newest {@code perKey} rows with occurredAt in [from, to] other than the excluded
 * transaction; merged, a transaction met twice kept once; the newest {@code maxRows}. The rows come back as the
 * candidates hold them: {@link #seenFrom} gives them their age for a decision.
 */
final class WindowSelection {
    /** As {@link HistoryWindow} orders: transactionIds are ASCII, so String order is the "C" collation's. */
    static final Comparator<PastTransaction> NEWEST_FIRST = Comparator.comparing(PastTransaction::getOccurredAt)
            .thenComparing(PastTransaction::getTransactionId).reversed();

    /** The window's key columns, one branch each: the accounts' two, then the parties' two. */
    enum Column {
        ORIGINATOR_ACCOUNT(PastTransaction::getOriginatorAccount, false),
        BENEFICIARY_ACCOUNT(PastTransaction::getBeneficiaryAccount, false),
        ORIGINATOR_PARTY(PastTransaction::getOriginatorPartyId, true),
        BENEFICIARY_PARTY(PastTransaction::getBeneficiaryPartyId, true);

        final Function<PastTransaction, String> of;
        final boolean party;

        Column(Function<PastTransaction, String> of, boolean party) {
            this.of = of;
            this.party = party;
        }
    }

    /**
     * The rows with {@code value} in {@code column}, newest first, from the first that occurred at or before
     * {@code asOf} (later ones may be given too; they are skipped).
     */
    @FunctionalInterface
    interface Candidates {
        List<PastTransaction> of(Column column, String value, Instant asOf);
    }

    private WindowSelection() {
    }

    static List<PastTransaction> select(Candidates candidates, WindowQuery query) {
        int limit = query.perKeyLimit();
        Instant from = query.from();
        Instant asOf = query.asOf();
        List<PastTransaction> picked = new ArrayList<>();
        for (Column column : Column.values()) {
            for (String value : column.party ? query.partyIds() : query.accounts()) {
                // One branch of the statement: this column's newest `limit` rows in [from, asOf]. Its own rows only, so
                // that a busy counterparty (an exchange paid by thousands) costs `limit` rows, not all it received.
                int taken = 0;
                for (PastTransaction t : candidates.of(column, value, asOf)) {
                    if (taken >= limit || t.getOccurredAt().isBefore(from)) break;
                    if (t.getOccurredAt().isAfter(asOf) || t.getTransactionId().equals(query.excludeTransactionId())) {
                        continue;
                    }
                    picked.add(t);
                    taken++;
                }
            }
        }
        // Merged newest first; a transaction found by two branches is then next to itself, and kept once (DISTINCT ON).
        picked.sort(NEWEST_FIRST);
        List<PastTransaction> window = new ArrayList<>(Math.min(picked.size(), query.maxRows()));
        PastTransaction previous = null;
        for (PastTransaction t : picked) {
            if (window.size() >= query.maxRows()) break;
            if (previous != null && sameTransaction(previous, t)) continue;
            window.add(t);
            previous = t;
        }
        return window;
    }

    /**
     * Hop 0 and the upstream hops of {@code request} from rows in memory, as {@link HistoryWindow#load} answers them
     * from PostgreSQL: hop 0 over the accounts and the originator's parties, each row with its age for the decision;
     * each upstream level over its accounts (the walk gives the rows it keeps their hop and age).
     */
    static List<PastTransaction> load(Candidates candidates, HistoryRequest request, UpstreamHops.Settings upstream) {
        List<PastTransaction> hop0 = seenFrom(select(candidates, WindowQuery.hop0(request)), request.asOf());
        return UpstreamHops.withUpstream(request, hop0, upstream, level -> select(candidates, level));
    }

    /**
     * {@code rows} with their age measured from {@code asOf}: held rows are shared by every decision, so each gets
     * copies. Only for rows that reach the rules as they are; the upstream walk copies the rows it keeps itself, with
     * their hop ({@link UpstreamHops}), so that a row is copied once.
     */
    private static List<PastTransaction> seenFrom(List<PastTransaction> rows, Instant asOf) {
        List<PastTransaction> seen = new ArrayList<>(rows.size());
        for (PastTransaction t : rows) seen.add(t.asSeenFrom(asOf));
        return seen;
    }

    private static boolean sameTransaction(PastTransaction a, PastTransaction b) {
        return a == b
                || a.getOccurredAt().equals(b.getOccurredAt()) && a.getTransactionId().equals(b.getTransactionId());
    }
}
