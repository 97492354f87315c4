package dev.warden.history;

import java.util.List;

import dev.warden.facts.AccountActivity;
import dev.warden.facts.PastTransaction;

/**
 * The history of one decision, wherever it is kept: live decisions read the history held in the service or
 * PostgreSQL (the one {@code HistorySource} bean), scenario tests rows in memory
 * ({@code history.held.InMemoryHistory}), replay and backtest PostgreSQL as recorded by a moment
 * ({@link HistoryWindow#asRecordedBy}). All answer the same: hop 0, every transaction sent or received by the accounts
 * (or by any account of the originator's party) in [asOf - lookback, asOf], except the one being decided, newest
 * first, at most maxRows; then the upstream hops of the originator ({@link UpstreamHops}); and the counterparty
 * memory of the two accounts when the request asks it.
 */
@FunctionalInterface
public interface HistorySource {

    /**
     * What {@code request} recalls. The counterparty memory, when asked ({@link HistoryRequest#asksCounterpartyMemory}),
     * is answered first: a transfer to a known counterparty walks fewer upstream levels ({@link HistoryRequest#knowing}).
     */
    Recalled recall(HistoryRequest request);

    /**
     * What one decision recalls: its history window with the upstream hops, and the counterparty memory (null when
     * not asked).
     */
    record Recalled(List<PastTransaction> transactions, AccountActivity activity) {
    }
}
