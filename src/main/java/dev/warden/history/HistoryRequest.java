package dev.warden.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.warden.facts.AccountActivity;

/**
 * What one decision asks of history. Hop 0 is every transaction sent or received by {@code accounts}, plus every
 * transaction sent or received by any account of {@code originatorPartyIds} (so structuring spread over several
 * accounts of one customer, or fiat in on one account and crypto out of another, is visible), within [asOf - lookback, asOf], newest first, at most maxRows. Upstream hops of
 * {@code upstreamOf} (the originator's account) are added by the source according to its
 * {@link UpstreamHops.Settings}. {@code upstreamOf} and {@code beneficiaryAccount} are also the pair the counterparty
 * memory is asked about ({@link HistorySource#recall}); {@code knownCounterparty}, set from its answer, says the
 * originator paid the beneficiary before, and the upstream walk then stops at the settings' depth for known
 * counterparties.
 */
public record HistoryRequest(List<String> accounts, List<String> originatorPartyIds, String upstreamOf,
        String beneficiaryAccount, Instant asOf, Duration lookback, int maxRows, String excludeTransactionId,
        boolean knownCounterparty) {

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

    /** Not yet known to be a transfer to a known counterparty (the counterparty memory tells; see recall). */
    public HistoryRequest(List<String> accounts, List<String> originatorPartyIds, String upstreamOf,
            String beneficiaryAccount, Instant asOf, Duration lookback, int maxRows, String excludeTransactionId) {
        this(accounts, originatorPartyIds, upstreamOf, beneficiaryAccount, asOf, lookback, maxRows,
                excludeTransactionId, false);
    }

    /**
     * This request as the counterparty memory answered it: a transfer to a known counterparty when the originator
     * paid the beneficiary within the memory ({@code activity} null: not asked, the request stays as it is).
     */
    public HistoryRequest knowing(AccountActivity activity) {
        if (activity == null) return this;
        boolean known = !activity.newCounterparty();
        return known == knownCounterparty ? this : new HistoryRequest(accounts, originatorPartyIds, upstreamOf,
                beneficiaryAccount, asOf, lookback, maxRows, excludeTransactionId, known);
    }

    /** Without a beneficiary account: no counterparty memory can be asked for. */
    public HistoryRequest(List<String> accounts, List<String> originatorPartyIds, String upstreamOf, Instant asOf,
            Duration lookback, int maxRows, String excludeTransactionId) {
        this(accounts, originatorPartyIds, upstreamOf, null, asOf, lookback, maxRows, excludeTransactionId);
    }
}
