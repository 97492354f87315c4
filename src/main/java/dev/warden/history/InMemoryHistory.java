package dev.warden.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import dev.warden.facts.PastTransaction;

/** History held in memory, for scenario tests; answers exactly the window {@link HistoryWindow} answers. */
public final class InMemoryHistory implements HistorySource {
    private final List<PastTransaction> transactions = new ArrayList<>();

    public void add(PastTransaction transaction) {
        transactions.add(transaction);
    }

    @Override
    public List<PastTransaction> load(Collection<String> accounts, Instant asOf, Duration lookback, int maxRows,
            String excludeTransactionId) {
        Instant from = asOf.minus(lookback);
        return transactions.stream()
                .filter(t -> accounts.contains(t.getOriginatorAccount()) || accounts.contains(t.getBeneficiaryAccount()))
                .filter(t -> !t.getOccurredAt().isBefore(from) && !t.getOccurredAt().isAfter(asOf))
                .filter(t -> !t.getTransactionId().equals(excludeTransactionId))
                .sorted(Comparator.comparing(PastTransaction::getOccurredAt).reversed())
                .limit(maxRows)
                .map(t -> t.asSeenFrom(asOf))
                .toList();
    }
}
