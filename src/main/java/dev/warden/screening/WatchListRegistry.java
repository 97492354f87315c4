package dev.warden.screening;

import dev.warden.schedule.PeriodicTasks;
import dev.warden.screening.list.WatchList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.warden.config.WardenConfig;
import dev.warden.screening.load.ListLoader;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the configured watch lists ({@code warden.watchlists.sources}, NAME=LOCATION pairs), refreshes them on a
 * schedule and holds the screening index built from them. A refresh builds a complete new index beside the old
 * one and swaps it in one step, so a request screens against one consistent set of list versions and there is
 * no gap; a list whose reload fails keeps its previous version, and the failure shows in readiness and metrics.
 */
@ApplicationScoped
public class WatchListRegistry {
    private static final Logger LOG = Logger.getLogger(WatchListRegistry.class);

    private final AtomicReference<ScreeningIndex> index = new AtomicReference<>(ScreeningIndex.empty());
    private final Map<String, WatchListStatus> statuses = new ConcurrentHashMap<>();
    private final Map<String, WatchList> loaded = new ConcurrentHashMap<>();
    private final Map<String, Counter> failures = new ConcurrentHashMap<>();
    private final WardenConfig config;
    private final ScreeningConfig screening;
    private final MeterRegistry meters;
    private final ListLoader loader = new ListLoader();
    private final Object swap = new Object();
    private volatile Clearances clearances = Clearances.none();
    private volatile Instant lastRefresh;
    private final Event<WatchListLoaded> loadedEvents;

    /** Without observers: for tests and tools that only need the index. */
    public WatchListRegistry(WardenConfig config, ScreeningConfig screening, MeterRegistry meters) {
        this(config, screening, meters, null);
    }

    @Inject
    public WatchListRegistry(WardenConfig config, ScreeningConfig screening, MeterRegistry meters,
            Event<WatchListLoaded> loadedEvents) {
        this.config = config;
        this.screening = screening;
        this.meters = meters;
        this.loadedEvents = loadedEvents;
    }

    void onStart(@Observes StartupEvent event, PeriodicTasks periodic) {
        // The first load is synchronous: no decision is made before the configured lists are in.
        refresh();
        periodic.every("watchlist-refresh", screening.refreshInterval(), this::refresh);
    }

    public ScreeningIndex index() {
        return index.get();
    }

    /** Reloads every configured list, keeps the old version of any that fails, and swaps in the new index. */
    public synchronized List<WatchListStatus> refresh() {
        Map<String, String> sources = parseSources(config.watchlists().sources());
        List<WatchList> lists = new ArrayList<>();
        List<WatchList> fresh = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            String name = source.getKey();
            Instant attempt = Instant.now();
            WatchListStatus before = statuses.get(name);
            try {
                WatchList list = loader.load(name, source.getValue());
                loaded.put(name, list);
                fresh.add(list);
                statuses.put(name, new WatchListStatus(name, source.getValue(), list.version(), list.entries().size(),
                        attempt, attempt, null, 0));
                LOG.infof("Watch list %s version %s: %d entries", name, list.version(), list.entries().size());
            } catch (Exception e) {
                failures.computeIfAbsent(name, n -> Counter.builder("warden.watchlist.refresh.failures")
                        .description("Failed loads of a watch list").tag("list", n).register(meters)).increment();
                WatchList old = loaded.get(name);
                statuses.put(name, new WatchListStatus(name, source.getValue(), old == null ? null : old.version(),
                        old == null ? 0 : old.entries().size(), before == null ? null : before.loadedAt(), attempt,
                        e.getMessage(), before == null ? 1 : before.consecutiveFailures() + 1));
                LOG.errorf("Watch list %s from %s not loaded%s: %s", name, source.getValue(),
                        old == null ? "" : " (version " + old.version() + " keeps serving)", e.getMessage());
            }
            WatchList current = loaded.get(name);
            if (current != null) lists.add(current);
            Gauge.builder("warden.watchlist.entries", statuses, s -> s.containsKey(name) ? s.get(name).entries() : 0)
                    .description("Entries of the watch list version serving now").tag("list", name).register(meters);
            Gauge.builder("warden.watchlist.stale", statuses, s -> s.containsKey(name) && s.get(name).lastError() != null ? 1 : 0)
                    .description("1 while the last load of the list failed").tag("list", name).register(meters);
            Gauge.builder("warden.watchlist.age.seconds", statuses, s -> ageSeconds(s.get(name)))
                    .description("Seconds since the list serving now was loaded").tag("list", name).register(meters);
            Gauge.builder("warden.watchlist.publication.age.days", statuses, s -> publicationAgeDays(s.get(name)))
                    .description("Days since the publication date of the list version serving now (NaN when the"
                            + " version is not a date)").tag("list", name).register(meters);
        }
        ScreeningIndex built = new ScreeningIndex(lists, screening.nameThreshold())
                .rememberingNames(screening.nameMemoSize());
        synchronized (swap) {
            index.set(built.withClearances(clearances));
        }
        lastRefresh = Instant.now();
        if (loadedEvents != null) {
            for (WatchList list : fresh) loadedEvents.fire(new WatchListLoaded(list, built));
        }
        return statuses();
    }

    /** Puts a new clearance snapshot in force without rebuilding anything. */
    public void applyClearances(Clearances snapshot) {
        synchronized (swap) {
            clearances = snapshot;
            index.set(index.get().withClearances(snapshot));
        }
    }

    /** The configured lists in configuration order. */
    public List<WatchListStatus> statuses() {
        List<WatchListStatus> ordered = new ArrayList<>();
        for (String name : parseSources(config.watchlists().sources()).keySet()) {
            WatchListStatus status = statuses.get(name);
            if (status != null) ordered.add(status);
        }
        return ordered;
    }

    public Instant lastRefresh() {
        return lastRefresh;
    }

    static Map<String, String> parseSources(String spec) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String pair : spec.split(",")) {
            if (pair.isBlank()) continue;
            int eq = pair.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("warden.watchlists.sources: '" + pair + "' is not NAME=LOCATION");
            sources.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return sources;
    }

    private static double ageSeconds(WatchListStatus status) {
        return status == null || status.loadedAt() == null ? Double.NaN
                : java.time.Duration.between(status.loadedAt(), java.time.Instant.now()).toSeconds();
    }

    /** Compliance cares how old the list is, not only when this pod read it: a list not republished for weeks is stale. */
    private static double publicationAgeDays(WatchListStatus status) {
        if (status == null || status.version() == null) return Double.NaN;
        try {
            return java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(status.version().substring(0, 10)),
                    java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
