package dev.warden.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.warden.facts.AccountActivity;
import dev.warden.facts.PastTransaction;

/**
 * The history of live decisions: hop 0 and the upstream hops, and the counterparty memory, each from
 * {@link HistoryMirror} when it holds what they reach back to, else from PostgreSQL ({@link HistoryWindow}). Both
 * answer the same (HistoryMirrorTest).
 */
@ApplicationScoped
public class LiveHistory implements HistorySource {
    private final HistoryMirror mirror;
    private final HistoryWindow database;

    public LiveHistory(HistoryMirror mirror, HistoryWindow database) {
        this.mirror = mirror;
        this.database = database;
    }

    @Override
    public List<PastTransaction> load(HistoryRequest request) {
        List<PastTransaction> held = mirror.load(request);
        return held != null ? held : database.load(request);
    }

    @Override
    public AccountActivity activity(String originatorAccount, String beneficiaryAccount, Instant asOf,
            Duration memory, String excludeTransactionId) {
        AccountActivity held = mirror.activity(originatorAccount, beneficiaryAccount, asOf, memory,
                excludeTransactionId);
        return held != null ? held
                : database.activity(originatorAccount, beneficiaryAccount, asOf, memory, excludeTransactionId);
    }

    /** From PostgreSQL over one connection when the mirror holds neither the windows nor the memory. */
    @Override
    public Recalled recall(HistoryRequest request, Duration counterpartyMemory) {
        boolean memoryHeld = !request.asksCounterpartyMemory(counterpartyMemory)
                || mirror.coversMemory(request.asOf(), counterpartyMemory);
        return mirror.covers(request) || memoryHeld ? HistorySource.super.recall(request, counterpartyMemory)
                : database.recall(request, counterpartyMemory);
    }
}
