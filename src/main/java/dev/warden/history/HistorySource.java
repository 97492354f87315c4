package dev.warden.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import dev.warden.facts.AccountActivity;
import dev.warden.facts.PastTransaction;

/**
 * Where a decision's history comes from: PostgreSQL for live decisions ({@link HistoryWindow}), memory for
 * scenario tests ({@link InMemoryHistory}). Both answer the same window: every transaction sent or received by
 * the accounts (or by any account of the originator's party) in [asOf - lookback, asOf], except the one being decided,
 * newest first, at most maxRows, as hop 0; then the upstream hops of the originator ({@link UpstreamHops}).
 */
public interface HistorySource {

    /** Hop 0 and the upstream hops for one decision. */
    List<PastTransaction> load(HistoryRequest request);

    /**
     * The longer memory of two accounts within [asOf - memory, asOf], leaving out {@code excludeTransactionId}:
     * whether {@code originatorAccount} paid {@code beneficiaryAccount} before, and when each was last active.
     */
    AccountActivity activity(String originatorAccount, String beneficiaryAccount, Instant asOf, Duration memory,
            String excludeTransactionId);

    /** What one decision recalls: its history window with the upstream hops, and the counterparty memory. */
    record Recalled(List<PastTransaction> transactions, AccountActivity activity) {
    }

    /**
     * {@link #load} and, when {@code counterpartyMemory} is given and the request names both accounts,
     * {@link #activity} of the originator's account ({@code upstreamOf}) and the beneficiary's, asked first: a
     * transfer to a known counterparty walks fewer upstream levels ({@link HistoryRequest#knowing}). A source may
     * answer both over one connection.
     */
    default Recalled recall(HistoryRequest request, Duration counterpartyMemory) {
        AccountActivity activity = !request.asksCounterpartyMemory(counterpartyMemory) ? null
                : activity(request.upstreamOf(), request.beneficiaryAccount(), request.asOf(), counterpartyMemory,
                        request.excludeTransactionId());
        return new Recalled(load(request.knowing(activity)), activity);
    }

    /** Hop 0 only, for the given accounts. */
    default List<PastTransaction> load(Collection<String> accounts, Instant asOf, Duration lookback, int maxRows,
            String excludeTransactionId) {
        return load(new HistoryRequest(List.copyOf(accounts), List.of(), null, asOf, lookback, maxRows,
                excludeTransactionId));
    }
}
