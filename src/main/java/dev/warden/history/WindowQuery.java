package dev.warden.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * One window's question, as one window statement asks it (hop 0, or one upstream level): for each of the accounts
 * and each of the parties, its newest {@code perKey} transactions either way in [asOf - span, asOf], the decided
 * transaction left out; merged newest first, a transaction met twice kept once, at most {@code maxRows}.
 */
public record WindowQuery(Collection<String> accounts, Collection<String> partyIds, HistoryRequest.Decided decided,
        Duration span, int perKey, int maxRows) {

    /** Hop 0 of {@code request}: its accounts and the originator's parties, as many per key as in all. */
    public static WindowQuery hop0(HistoryRequest request) {
        return new WindowQuery(request.accounts(), request.originatorPartyIds(), request.decided(), request.lookback(),
                request.maxRows(), request.maxRows());
    }

    /** Whether it asks about any key. */
    public boolean hasKeys() {
        return !accounts.isEmpty() || !partyIds.isEmpty();
    }

    public Instant asOf() {
        return decided.occurredAt();
    }

    /** The earliest time in the window. */
    public Instant from() {
        return asOf().minus(span);
    }

    /** The decided transaction's id, left out (null: none). */
    public String excludeTransactionId() {
        return decided.transactionId();
    }

    /** The rows one key may bring: its own bound, and never more than the whole window's. */
    public int perKeyLimit() {
        return Math.min(perKey, maxRows);
    }

    /** The same question of other accounts (no parties), for an upstream level. */
    public static WindowQuery level(Collection<String> accounts, HistoryRequest request, Duration span, int perAccount,
            int maxRows) {
        return new WindowQuery(accounts, List.of(), request.decided(), span, perAccount, maxRows);
    }
}
