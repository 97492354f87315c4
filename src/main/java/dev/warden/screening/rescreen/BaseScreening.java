package dev.warden.screening.rescreen;

import dev.warden.screening.ScreeningConfig;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Screens every stored customer against one target: the run's thread reads batches from PostgreSQL while the
 * workers (one per core unless configured) screen and record the batches already read. At most two batches per
 * worker are in memory at once.
 */
@ApplicationScoped
class BaseScreening {
    private final StoredCustomers customers;
    private final HitLedger ledger;
    private final ScreeningConfig.Rescreen config;
    private final RescreeningMetrics metrics;
    private final int workerCount;
    private final ExecutorService workers;

    BaseScreening(StoredCustomers customers, HitLedger ledger, ScreeningConfig screening, RescreeningMetrics metrics) {
        this.customers = customers;
        this.ledger = ledger;
        this.config = screening.rescreen();
        this.metrics = metrics;
        this.workerCount = Math.max(1, config.workers().orElse(Runtime.getRuntime().availableProcessors()));
        this.workers = Executors.newFixedThreadPool(workerCount, r -> {
            Thread t = new Thread(r, "rescreen-worker");
            t.setDaemon(true);
            // Live decisions come first; a run takes the cores they leave.
            t.setPriority(Thread.NORM_PRIORITY - 2);
            return t;
        });
    }

    void run(Target target, RunProgress progress) throws Exception {
        Instant seenSince = Instant.now().minus(config.seenWithin());
        progress.total(customers.count(seenSince));
        HitLedger.ClearedPairs cleared = ledger.clearances();
        Semaphore inFlight = new Semaphore(2 * workerCount);
        AtomicReference<Exception> failure = new AtomicReference<>();
        customers.read(seenSince, Math.max(1, config.batchSize()), batch -> {
            inFlight.acquire();
            if (failure.get() != null) throw failure.get();
            workers.execute(() -> {
                try {
                    screen(target, batch, cleared, progress);
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                } finally {
                    inFlight.release();
                }
            });
        });
        inFlight.acquire(2 * workerCount);
        inFlight.release(2 * workerCount);
        if (failure.get() != null) throw failure.get();
    }

    /** One customer (a changed profile), on the calling thread. */
    List<RescreeningHit> screenOne(Target target, StoredCustomer customer) throws Exception {
        List<RescreeningHit> raised = screen(target, List.of(customer), ledger.clearances());
        metrics.screened(RescreeningMetrics.Kind.PROFILE, 1, raised.size());
        return raised;
    }

    private void screen(Target target, List<StoredCustomer> batch, HitLedger.ClearedPairs cleared,
            RunProgress progress) throws Exception {
        List<RescreeningHit> raised = screen(target, batch, cleared);
        progress.screened.addAndGet(batch.size());
        progress.hits.addAndGet(raised.size());
        metrics.screened(RescreeningMetrics.Kind.valueOf(progress.kind.name()), batch.size(), raised.size());
    }

    private List<RescreeningHit> screen(Target target, List<StoredCustomer> batch, HitLedger.ClearedPairs cleared)
            throws Exception {
        List<RescreeningHit> found = target.screen(batch);
        return found.isEmpty() ? List.of() : ledger.record(found, cleared);
    }

    @PreDestroy
    void shutdown() {
        workers.shutdownNow();
    }
}
