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

    /**
     * The key columns of the window by kind: the accounts' two (originator's, beneficiary's), then the parties' two.
     * One pass over a key value's rows serves both columns of its kind.
     */
    enum Kind {
        ACCOUNT(PastTransaction::getOriginatorAccount, PastTransaction::getBeneficiaryAccount),
        PARTY(PastTransaction::getOriginatorPartyId, PastTransaction::getBeneficiaryPartyId);

        final Function<PastTransaction, String> originator;
        final Function<PastTransaction, String> beneficiary;

        Kind(Function<PastTransaction, String> originator, Function<PastTransaction, String> beneficiary) {
            this.originator = originator;
            this.beneficiary = beneficiary;
        }
    }

    /**
     * Rows that may hold a key value's rows, newest first, from any row that occurred at or before {@code to} on
     * (earlier ones may be given too; other key values' rows among them are skipped).
     */
    @FunctionalInterface
    interface Candidates {
        Iterable<PastTransaction> of(Kind kind, String value, Instant to);
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
        for (Kind kind : Kind.values()) {
            for (String value : kind == Kind.PARTY ? partyIds : accounts) {
                // The originator's and the beneficiary's column, each with its own bound, as the statement's branches.
                int asOriginator = 0;
                int asBeneficiary = 0;
                for (PastTransaction t : candidates.of(kind, value, to)) {
                    if (asOriginator >= limit && asBeneficiary >= limit) break;
                    if (t.getOccurredAt().isBefore(from)) break;
                    if (t.getOccurredAt().isAfter(to) || t.getTransactionId().equals(excludeTransactionId)) continue;
                    boolean originator = asOriginator < limit && value.equals(kind.originator.apply(t));
                    boolean beneficiary = asBeneficiary < limit && value.equals(kind.beneficiary.apply(t));
                    if (originator) asOriginator++;
                    if (beneficiary) asBeneficiary++;
                    if (originator || beneficiary) picked.putIfAbsent(new Identity(t.getOccurredAt(), t.getTransactionId()), t);
                }
            }
        }
        List<PastTransaction> window = new ArrayList<>(picked.values());
        window.sort(NEWEST_FIRST);
        return window.stream().limit(maxRows).map(t -> t.asSeenFrom(asOf)).toList();
    }
}
