package dev.warden.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one decision asks of history. Hop 0 is every transaction sent or received by {@code accounts}, plus every
 * transaction sent or received by any account of {@code originatorPartyIds} (so structuring spread over several
 * accounts of one customer, or fiat in on one account and crypto out of another, is visible), within [asOf - lookback, asOf], newest first, at most maxRows. Upstream hops of
 * {@code upstreamOf} (the originator's account) are added by the source according to its
 * {@link UpstreamHops.Settings}. {@code upstreamOf} and {@code beneficiaryAccount} are also the pair the counterparty
 * memory is asked about ({@link HistorySource#recall}).
 */
public record HistoryRequest(List<String> accounts, List<String> originatorPartyIds, String upstreamOf,
        String beneficiaryAccount, Instant asOf, Duration lookback, int maxRows, String excludeTransactionId) {

    public HistoryRequest {
        accounts = List.copyOf(accounts);
        originatorPartyIds = List.copyOf(originatorPartyIds);
    }

    /**
     * Whether a decision with this counterparty memory (null: none) asks it: only when the request names both
     * accounts, the pair the memory is asked about.
     */
    public boolean asksCounterpartyMemory(Duration counterpartyMemory) {
        return counterpartyMemory != null && upstreamOf != null && beneficiaryAccount != null;
    }

    /** Without a beneficiary account: no counterparty memory can be asked for. */
    public HistoryRequest(List<String> accounts, List<String> originatorPartyIds, String upstreamOf, Instant asOf,
            Duration lookback, int maxRows, String excludeTransactionId) {
        this(accounts, originatorPartyIds, upstreamOf, null, asOf, lookback, maxRows, excludeTransactionId);
    }
}
