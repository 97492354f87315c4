package dev.warden.history.held;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.warden.facts.AccountActivity;
import dev.warden.facts.PastTransaction;
import dev.warden.history.HistoryRequest;
import dev.warden.history.HistorySource;
import dev.warden.history.HistoryWindow;

/**
 * The history of live decisions, the one {@link HistorySource} bean: hop 0 and the upstream hops, and the
 * counterparty memory, each from {@link HistoryMirror} when it holds what they reach back to, else from PostgreSQL
 * ({@link HistoryWindow}). Both answer the same (HistoryMirrorTest).
 */
@ApplicationScoped
class LiveHistory implements HistorySource {
    private final HistoryMirror mirror;
    private final HistoryWindow database;

    LiveHistory(HistoryMirror mirror, HistoryWindow database) {
        this.mirror = mirror;
        this.database = database;
    }

    /**
     * From PostgreSQL over one connection when the mirror holds neither the windows nor the memory; else each part
     * from the mirror when it holds it.
     */
    @Override
    public Recalled recall(HistoryRequest request) {
        boolean memoryHeld = !request.asksCounterpartyMemory()
                || mirror.coversMemory(request.asOf(), request.counterpartyMemory());
        if (!mirror.covers(request) && !memoryHeld) return database.recall(request);
        AccountActivity activity = request.asksCounterpartyMemory() ? activity(request) : null;
        HistoryRequest knowing = request.knowing(activity).remembering(null);
        List<PastTransaction> held = mirror.load(knowing);
        return new Recalled(held != null ? held : database.recall(knowing).transactions(), activity);
    }

    private AccountActivity activity(HistoryRequest request) {
        AccountActivity held = mirror.activity(request.upstreamOf(), request.beneficiaryAccount(), request.asOf(),
                request.counterpartyMemory(), request.excludeTransactionId());
        return held != null ? held : database.recall(new HistoryRequest(request.decided(),
                HistoryRequest.Keys.ofPair(request.upstreamOf(), request.beneficiaryAccount()), HistoryRequest.Bounds.NONE)
                .remembering(request.counterpartyMemory())).activity();
    }
}
