package dev.warden.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.warden.facts.AccountActivity;

/**
 * What one decision asks of history. Hop 0 is every transaction sent or received by the {@link Keys#accounts},
 * plus every transaction sent or received by any account of the {@link Keys#originatorPartyIds} (so structuring
 * spread over several accounts of one customer, or fiat in on one account and crypto out of another, is visible),
 * within the {@link Bounds} before the decided transaction, newest first, the decided transaction itself left out.
 * Upstream hops of the originator's account are added by the source according to its {@link UpstreamHops.Settings}.
 * With a {@code counterpartyMemory} (null: not asked), the originator's and the beneficiary's account are also the
 * pair the counterparty memory is asked about; {@code knownCounterparty}, set from its answer ({@link #knowing}),
 * says the originator paid the beneficiary before, and the upstream walk then stops at the settings' depth for known
 * counterparties.
 */
public record HistoryRequest(Decided decided, Keys keys, Bounds bounds, Duration counterpartyMemory,
        boolean knownCounterparty) {

    /**
     * The transaction being decided: its time is "now" for every window (never the wall clock), and its id is left
     * out of its own history (null or an id no row has: nothing is left out).
     */
    public record Decided(String transactionId, Instant occurredAt) {
    }

    /**
     * Whose history: the accounts and the originator's parties of hop 0, and the two accounts of the transfer (either
     * may be null): the originator's is where the upstream walk starts, the pair is what the counterparty memory is
     * asked about.
     */
    public record Keys(List<String> accounts, List<String> originatorPartyIds, String originatorAccount,
            String beneficiaryAccount) {
        public Keys {
            accounts = List.copyOf(accounts);
            originatorPartyIds = List.copyOf(originatorPartyIds);
        }

        /** Hop 0 of these accounts only: no parties, no upstream walk, no counterparty pair. */
        public static Keys ofAccounts(List<String> accounts) {
            return new Keys(accounts, List.of(), null, null);
        }

        /** Only the pair of a transfer: its counterparty memory and nothing of hop 0. */
        public static Keys ofPair(String originatorAccount, String beneficiaryAccount) {
            return new Keys(List.of(), List.of(), originatorAccount, beneficiaryAccount);
        }
    }

    /** How far back from the decided transaction hop 0 reaches, and the most rows it holds. */
    public record Bounds(Duration lookback, int maxRows) {
        /** For a request of the counterparty memory alone (its keys name no hop 0). */
        public static final Bounds NONE = new Bounds(Duration.ZERO, 0);
    }

    /** Not asking the counterparty memory, not yet known to be a transfer to a known counterparty. */
    public HistoryRequest(Decided decided, Keys keys, Bounds bounds) {
        this(decided, keys, bounds, null, false);
    }

    /** This request asking the counterparty memory too, over {@code memory} (null: not asked). */
    public HistoryRequest remembering(Duration memory) {
        return new HistoryRequest(decided, keys, bounds, memory, knownCounterparty);
    }

    /**
     * Whether it asks the counterparty memory: only when it gives a memory and names both accounts, the pair the
     * memory is asked about.
     */
    public boolean asksCounterpartyMemory() {
        return counterpartyMemory != null && upstreamOf() != null && beneficiaryAccount() != null;
    }

    /**
     * This request as the counterparty memory answered it: a transfer to a known counterparty when the originator
     * paid the beneficiary within the memory ({@code activity} null: not asked, the request stays as it is).
     */
    public HistoryRequest knowing(AccountActivity activity) {
        if (activity == null) return this;
        boolean known = !activity.newCounterparty();
        return known == knownCounterparty ? this
                : new HistoryRequest(decided, keys, bounds, counterpartyMemory, known);
    }

    /** The decided transaction's time: the "now" of every window. */
    public Instant asOf() {
        return decided.occurredAt();
    }

    /** The decided transaction's id, left out of its own history. */
    public String excludeTransactionId() {
        return decided.transactionId();
    }

    public List<String> accounts() {
        return keys.accounts();
    }

    public List<String> originatorPartyIds() {
        return keys.originatorPartyIds();
    }

    /** The originator's account: where the upstream walk starts. */
    public String upstreamOf() {
        return keys.originatorAccount();
    }

    public String beneficiaryAccount() {
        return keys.beneficiaryAccount();
    }

    public Duration lookback() {
        return bounds.lookback();
    }

    public int maxRows() {
        return bounds.maxRows();
    }
}
