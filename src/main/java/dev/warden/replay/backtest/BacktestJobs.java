package dev.warden.replay.backtest;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;

import dev.warden.db.FailureText;
import dev.warden.replay.ReplayConfig;
import dev.warden.rules.CompiledRuleSet;

/**
 * Runs backtests one at a time on a single background thread, off the request path: a backtest re-decides
 * thousands of transactions and must not take the cores live decisions need. Keeps a bounded number of jobs in
 * memory (this pod's); the oldest finished one is forgotten first, and when every kept job is still waiting or
 * running a new one is refused with 429.
 */
@ApplicationScoped
public class BacktestJobs {
    private static final Logger LOG = Logger.getLogger(BacktestJobs.class);

    private final Backtester backtester;
    private final int kept;
    private final Map<UUID, BacktestJob> jobs = new LinkedHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "backtest");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    private final java.time.Duration timeout;
    private final java.util.concurrent.ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "backtest-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    public BacktestJobs(Backtester backtester, ReplayConfig config) {
        this.backtester = backtester;
        this.kept = Math.max(1, config.backtestJobsKept());
        this.timeout = config.backtestTimeout();
    }

    public synchronized BacktestJob submit(CompiledRuleSet candidate, Instant from, Instant to) {
        makeRoom();
        BacktestJob job = new BacktestJob(UUID.randomUUID(), BacktestJob.Status.QUEUED, candidate.version(), from, to,
                Instant.now(), null, null, 0, null, null);
        jobs.put(job.id(), job);
        executor.submit(() -> run(job.id(), candidate, from, to));
        return job;
    }

    public synchronized Optional<BacktestJob> get(UUID id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The jobs this pod keeps, newest first. */
    public synchronized java.util.List<BacktestJob> list() {
        java.util.List<BacktestJob> newestFirst = new java.util.ArrayList<>(jobs.values());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    private void run(UUID id, CompiledRuleSet candidate, Instant from, Instant to) {
        update(id, job -> job.running(Instant.now()));
        Thread worker = Thread.currentThread();
        var deadline = watchdog.schedule(() -> stop(id, worker), timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            BacktestReport report = backtester.run(candidate, from, to,
                    done -> { if (done % 100 == 0) update(id, job -> job.progressed(done)); });
            update(id, job -> job.done(Instant.now(), report));
        } catch (RuntimeException e) {
            // The message may quote recorded facts of other customers' decisions: the log gets its shape only.
            LOG.warnf("Backtest %s failed: %s", id, FailureText.describe(e));
            update(id, job -> job.failed(Instant.now(), String.valueOf(e.getMessage())));
        } catch (ThreadDeath stopped) {
            LOG.warnf("Backtest %s stopped after %s", id, timeout);
        } finally {
            deadline.cancel(false);
        }
    }

    /**
     * The candidate passed the code checks, so it reaches nothing outside the facts; but a rule can still loop
     * forever on data its scenarios did not show. Such a job is reported failed and its thread stopped (the
     * candidate's own code holds no locks of the service's, which is what makes stopping it tolerable).
     */
    @SuppressWarnings({ "deprecation", "removal" })
    private void stop(UUID id, Thread worker) {
        update(id, job -> job.finished() ? job : job.failed(Instant.now(), "did not finish within " + timeout
                + "; a rule of the candidate may never end"));
        worker.stop();
    }

    private synchronized void update(UUID id, java.util.function.UnaryOperator<BacktestJob> change) {
        jobs.computeIfPresent(id, (key, job) -> change.apply(job));
    }

    private void makeRoom() {
        Iterator<BacktestJob> oldestFirst = jobs.values().iterator();
        while (jobs.size() >= kept && oldestFirst.hasNext()) {
            if (oldestFirst.next().finished()) oldestFirst.remove();
        }
        if (jobs.size() >= kept) {
            throw new WebApplicationException(kept + " backtests are already waiting or running; try again later", 429);
        }
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
        watchdog.shutdownNow();
    }
}
