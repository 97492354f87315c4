package dev.warden.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.warden.facts.PastTransaction;

/**
 * What a history window holds, for sources that answer from rows in memory ({@link InMemoryHistory},
 * {@link HistoryMirror}); the same rule {@link HistoryWindow}'s statement applies in PostgreSQL: for each key column
 * and each of its values, the newest {@code perKey} rows with occurredAt in [from, to] other than the excluded
 * transaction; merged, a transaction met twice kept once; the newest {@code maxRows}.
 */
final class WindowSelection {
    /** As {@link HistoryWindow} orders: transactionIds are ASCII, so String order is the "C" collation's. */
    static final Comparator<PastTransaction> NEWEST_FIRST = Comparator.comparing(PastTransaction::getOccurredAt)
            .thenComparing(PastTransaction::getTransactionId).reversed();

    /** The key columns of the window: the accounts' two, then the originator's party's two. */
    enum Column {
        ORIGINATOR_ACCOUNT(PastTransaction::getOriginatorAccount, false),
        BENEFICIARY_ACCOUNT(PastTransaction::getBeneficiaryAccount, false),
        ORIGINATOR_PARTY(PastTransaction::getOriginatorPartyId, true),
        BENEFICIARY_PARTY(PastTransaction::getBeneficiaryPartyId, true);

        final Function<PastTransaction, String> value;
        final boolean party;

        Column(Function<PastTransaction, String> value, boolean party) {
            this.value = value;
            this.party = party;
        }
    }

    /** Rows that may hold a key value's rows, newest first (others among them are skipped). */
    @FunctionalInterface
    interface Candidates {
        Iterable<PastTransaction> of(Column column, String value);
    }

    /** One transaction as DISTINCT ON in the window statement tells them apart. */
    private record Identity(Instant occurredAt, String transactionId) {
    }

    private WindowSelection() {
    }

    static List<PastTransaction> select(Candidates candidates, Collection<String> accounts,
            Collection<String> partyIds, Instant from, Instant to, Instant asOf, int perKey, int maxRows,
            String excludeTransactionId) {
        int limit = Math.min(perKey, maxRows);
        Map<Identity, PastTransaction> picked = new LinkedHashMap<>();
        for (Column column : Column.values()) {
            for (String value : column.party ? partyIds : accounts) {
                int taken = 0;
                for (PastTransaction t : candidates.of(column, value)) {
                    if (taken >= limit) break;
                    if (t.getOccurredAt().isBefore(from)) break;
                    if (!value.equals(column.value.apply(t)) || t.getOccurredAt().isAfter(to)
                            || t.getTransactionId().equals(excludeTransactionId)) {
                        continue;
                    }
                    picked.putIfAbsent(new Identity(t.getOccurredAt(), t.getTransactionId()), t);
                    taken++;
                }
            }
        }
        List<PastTransaction> window = new ArrayList<>(picked.values());
        window.sort(NEWEST_FIRST);
        return window.stream().limit(maxRows).map(t -> t.asSeenFrom(asOf)).toList();
    }
}
