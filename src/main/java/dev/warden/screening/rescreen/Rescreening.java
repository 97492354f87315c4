package dev.warden.screening.rescreen;

import dev.warden.screening.ScreeningConfig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import dev.warden.db.FailureText;
import dev.warden.party.PartyProfileChanged;
import dev.warden.screening.ScreeningQuery;
import dev.warden.screening.WatchListLoaded;
import dev.warden.screening.WatchListRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * When customers are screened again: a list's new version (its added and changed entries against every stored
 * customer), a changed KYC profile (that party against the whole lists, at once), and a full run on demand (every
 * customer against the whole lists). Runs go one after another on one background thread, in the order they came;
 * a changed profile does not wait behind them. This pod keeps the last {@value #KEPT} runs for the job API.
 */
@ApplicationScoped
public class Rescreening {
    private static final Logger LOG = Logger.getLogger(Rescreening.class);
    static final int KEPT = 50;

    private final WatchListRegistry registry;
    private final ListBaselines baselines;
    private final BaseScreening base;
    private final HitLedger ledger;
    private final ScreeningConfig.Rescreen config;
    private final RescreeningMetrics metrics;
    private final Map<UUID, RunProgress> runs = new LinkedHashMap<>();
    private RunProgress fullRun;
    private final ExecutorService runner = singleThread("rescreen");
    private final ExecutorService profiles = singleThread("rescreen-profile");

    Rescreening(WatchListRegistry registry, ListBaselines baselines, BaseScreening base, HitLedger ledger,
            ScreeningConfig screening, RescreeningMetrics metrics) {
        this.registry = registry;
        this.baselines = baselines;
        this.base = base;
        this.ledger = ledger;
        this.config = screening.rescreen();
        this.metrics = metrics;
    }

    /** Thrown when a full run is already waiting or running (on this pod). */
    public static final class RunInProgressException extends RuntimeException {
        public final UUID running;

        RunInProgressException(UUID running) {
            super("a full re-screening run is already under way: " + running);
            this.running = running;
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (!ledger.alertsConfigured()) {
            LOG.info("No RescreeningAlerts implementation is installed: re-screening hits are recorded in"
                    + " rescreening_hits but raise no alert");
        }
    }

    /**
     * A list loaded: its delta against the stored baseline is screened in the background. The first load of a list
     * ever only stores the baseline; at a restart the delta is what changed since the last screened version.
     */
    void onListLoaded(@Observes WatchListLoaded loaded) {
        if (!config.onListChange()) return;
        RunProgress run = new RunProgress(RescreenRun.Kind.DELTA);
        runner.execute(() -> delta(loaded, run));
    }

    /** After the profile's commit: that party against the whole serving index. */
    void onProfileChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartyProfileChanged changed) {
        profiles.execute(() -> {
            StoredCustomer customer = new StoredCustomer(changed.partyId(), true, changed.name(),
                    ScreeningQuery.subjectType(changed.type()), changed.country(), null, null, null);
            try {
                base.screenOne(Target.whole(registry.index(), NewBecause.PROFILE_CHANGED), customer);
            } catch (Exception e) {
                LOG.warnf("Re-screening of changed profile %s (version %d) failed: %s", changed.partyId(),
                        changed.version(), FailureText.describe(e));
            }
        });
    }

    /** Starts a run of every stored customer against the whole serving index. */
    public synchronized RescreenRun startFull() {
        if (fullRun != null && !fullRun.finished()) throw new RunInProgressException(fullRun.id);
        RunProgress run = new RunProgress(RescreenRun.Kind.FULL);
        fullRun = run;
        keep(run);
        runner.execute(() -> full(run));
        return run.view();
    }

    public synchronized Optional<RescreenRun> run(UUID id) {
        return Optional.ofNullable(runs.get(id)).map(RunProgress::view);
    }

    /** The runs this pod keeps, newest first. */
    public synchronized List<RescreenRun> runs() {
        List<RescreenRun> views = new ArrayList<>(runs.values().stream().map(RunProgress::view).toList());
        Collections.reverse(views);
        return views;
    }

    private void delta(WatchListLoaded loaded, RunProgress run) {
        String list = loaded.list().name();
        try (ListBaselines.Claim claim = baselines.claim(loaded.list())) {
            ListDelta delta = claim.delta();
            run.started(Map.of(list, loaded.list().version()), delta == null ? 0 : delta.entries().size());
            keep(run);
            if (delta == null) {
                run.done("first load of " + list + ": its " + loaded.list().entries().size()
                        + " entries are the baseline; nothing screened (a full run screens the base against it)");
            } else if (delta.isEmpty()) {
                run.done("no entry of " + list + " added or changed");
            } else {
                if (!delta.entries().isEmpty()) base.run(Target.delta(delta, loaded.index()), run);
                claim.commit();
                run.done(delta.added() + " entries added, " + (delta.entries().size() - delta.added()) + " changed, "
                        + delta.removed().size() + " removed");
                LOG.infof("Re-screening of %s version %s: %s; %d customers screened, %d hits raised in %.1f s", list,
                        loaded.list().version(), run.view().summary(), run.screened.get(), run.hits.get(), run.seconds());
            }
        } catch (Exception e) {
            fail(run, e);
        }
        if (run.view().entries() > 0 || run.view().state() == RescreenRun.State.FAILED) metrics.finished(run);
    }

    private void full(RunProgress run) {
        try {
            var serving = registry.index();
            Target target = Target.whole(serving, NewBecause.FULL_RUN);
            run.started(serving.versions(), target.entries());
            base.run(target, run);
            run.done(run.screened.get() + " customers against " + target.entries() + " entries");
            LOG.infof("Full re-screening run %s: %s, %d hits raised in %.1f s", run.id, run.view().summary(),
                    run.hits.get(), run.seconds());
        } catch (Exception e) {
            fail(run, e);
        }
        metrics.finished(run);
    }

    /** The message may quote stored customers' values: the run and the log get the failure's shape only. */
    private void fail(RunProgress run, Exception e) {
        String shape = FailureText.describe(e);
        run.failed(shape);
        keep(run);
        LOG.warnf("Re-screening run %s (%s) failed: %s", run.id, run.kind, shape);
    }

    private synchronized void keep(RunProgress run) {
        runs.putIfAbsent(run.id, run);
        Iterator<RunProgress> oldestFirst = runs.values().iterator();
        while (runs.size() > KEPT && oldestFirst.hasNext()) {
            if (oldestFirst.next().finished()) oldestFirst.remove();
        }
    }

    private static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void shutdown() {
        runner.shutdownNow();
        profiles.shutdownNow();
    }
}
