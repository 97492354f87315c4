package dev.warden.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import dev.warden.facts.PastTransaction;

/**
 * Where a decision's history comes from: PostgreSQL for live decisions ({@link HistoryWindow}), memory for
 * scenario tests ({@link InMemoryHistory}). Both answer the same window: every transaction sent or received by
 * the accounts in [asOf - lookback, asOf], except the one being decided, newest first, at most maxRows.
 */
public interface HistorySource {
    List<PastTransaction> load(Collection<String> accounts, Instant asOf, Duration lookback, int maxRows,
            String excludeTransactionId);
}
