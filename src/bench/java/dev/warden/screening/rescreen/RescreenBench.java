package dev.warden.screening.rescreen;

import dev.warden.screening.ScreeningConfig;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import javax.sql.DataSource;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;

import dev.warden.db.EmbeddedPostgres;
import dev.warden.db.MigrationLock;
import dev.warden.screening.ScreeningIndex;
import dev.warden.screening.list.WatchList;
import dev.warden.screening.list.WatchListEntry;
import dev.warden.screening.load.ListLoader;
import dev.warden.screening.match.NameScorer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Re-screening at scale: N stored customers (generated names mixing the commonest given names and surnames of the
 * lists with rare made-up ones) written with COPY into an embedded PostgreSQL, then (1) a delta of 200 changed
 * entries of OFAC SDN screened against all of them and (2) the whole base against full OFAC SDN + UN, each through
 * the service's own classes (the cursor read, the parallel workers, the hit ledger). Prints time and peak heap.
 * Usage: RescreenBench [customers] [changed entries]; -Dwarden.shared.data=PATH for the lists;
 * -Dwarden.bench.full=false stops after the delta and its check.
 */
public final class RescreenBench {
    private static final String[] COMMON_GIVEN = { "Maria", "John", "Mohammed", "Ali", "Ahmad", "Jose", "Anna", "David",
            "Michael", "Elena", "Ivan", "Olga", "Wei", "Li", "Fatima", "Hassan", "Juan", "Carlos", "Sergey", "Alexander" };
    private static final String[] COMMON_SURNAMES = { "Lopez", "Smith", "Garcia", "Ivanov", "Khan", "Wang", "Hussein",
            "Rodriguez", "Martinez", "Petrov", "Kim", "Nguyen", "Ahmed", "Hernandez", "Sokolov", "Rahman", "Silva" };

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int changed = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path data = Path.of(System.getProperty("warden.shared.data", "../shared/data")).toAbsolutePath().normalize();
        System.out.printf("machine: %d cores, max heap %d MB, %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));

        Path home = Path.of("target/rescreen-bench-db");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(home, true)) {
            PGSimpleDataSource db = new PGSimpleDataSource();
            db.setUrl(postgres.jdbcUrl());
            db.setUser(EmbeddedPostgres.USER);
            db.setPassword(postgres.password());
            // As the service migrates (db.MigrationLock): indexes built CONCURRENTLY cannot wait behind Flyway's lock.
            var flyway = Flyway.configure().dataSource(db).locations("classpath:db/migration");
            new MigrationLock().customize(flyway);
            flyway.load().migrate();

            long t0 = System.nanoTime();
            insertCustomers(db, customers);
            System.out.printf("customers: %,d written with COPY in %.1f s%n", customers, seconds(t0));

            t0 = System.nanoTime();
            ListLoader loader = new ListLoader();
            WatchList sdn = loader.load("OFAC_SDN", "file:" + data.resolve("sanctions/ofac/sls-2025-11-19/sdn_advanced.xml.bz2"));
            WatchList un = loader.load("UN", "file:" + data.resolve("sanctions/un/UN_consolidated.xml"));
            ScreeningIndex serving = new ScreeningIndex(List.of(sdn, un), ScreeningIndex.DEFAULT_THRESHOLD);
            System.out.printf("lists: OFAC_SDN %s (%,d entries) + UN %s (%,d entries), index built in %.1f s%n",
                    sdn.version(), sdn.entries().size(), un.version(), un.entries().size(), seconds(t0));

            // The runs read and record through a pool, as the service's Agroal data source does: a new connection
            // (with its SCRAM handshake) for every batch that records a hit would be the bench's cost, not the service's.
            AgroalDataSource pool = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                    .connectionPoolConfiguration(cp -> cp.maxSize(8).connectionFactoryConfiguration(cf -> cf
                            .jdbcUrl(postgres.jdbcUrl()).principal(new NamePrincipal(EmbeddedPostgres.USER))
                            .credential(new SimplePassword(postgres.password())))));
            BaseScreening base = base(pool);
            HeapPeak heap = new HeapPeak();

            ListDelta delta = delta(sdn, changed, 0);
            runDelta("delta (the JVM's first screening)", base, delta, serving, heap);

            // The same delta with every candidate of the changed entries scored in full (no bound skips any):
            // the hits the delta run must find, party by party and entry by entry.
            t0 = System.nanoTime();
            double cpu0 = cpuSeconds();
            Set<String> fast = found(pool, Target.delta(delta, serving));
            double fastSeconds = seconds(t0), fastCpu = cpuSeconds() - cpu0;
            t0 = System.nanoTime();
            cpu0 = cpuSeconds();
            Set<String> reference = found(pool, scoredInFull(delta, serving));
            System.out.printf("delta check: %,d hits found with the bound (%.1f s, %.1f s of CPU), %,d scoring every"
                    + " candidate in full (%.1f s, %.1f s of CPU), %s%n", fast.size(), fastSeconds, fastCpu,
                    reference.size(), seconds(t0), cpuSeconds() - cpu0,
                    fast.equals(reference) ? "the same hits" : "DIFFERENT hits");

            // A pod that has been serving has the screening code compiled: the same size of delta, other entries.
            runDelta("delta again (200 other entries, JIT warm)", base, delta(sdn, changed, 1), serving, heap);

            if (!Boolean.parseBoolean(System.getProperty("warden.bench.full", "true"))) return;
            heap.reset();
            t0 = System.nanoTime();
            cpu0 = cpuSeconds();
            RunProgress fullRun = new RunProgress(RescreenRun.Kind.FULL);
            Target whole = Target.whole(serving, NewBecause.FULL_RUN);
            base.run(whole, fullRun);
            System.out.printf("full: %,d entries against %,d customers in %.1f s (%.1f s of CPU), %d hits raised,"
                    + " peak heap %d MB%n", whole.entries(), fullRun.screened.get(), seconds(t0), cpuSeconds() - cpu0,
                    fullRun.hits.get(), heap.peakMb());
            heap.close();
        }
    }

    private static void runDelta(String label, BaseScreening base, ListDelta delta, ScreeningIndex serving, HeapPeak heap)
            throws Exception {
        heap.reset();
        long t0 = System.nanoTime(), jit0 = jitMillis();
        double cpu0 = cpuSeconds();
        RunProgress run = new RunProgress(RescreenRun.Kind.DELTA);
        base.run(Target.delta(delta, serving), run);
        System.out.printf("%s: %d changed entries against %,d customers in %.1f s (%.1f s of CPU; JIT compiling %.1f s),"
                + " %d hits raised, peak heap %d MB%n", label, delta.entries().size(), run.screened.get(), seconds(t0),
                cpuSeconds() - cpu0, (jitMillis() - jit0) / 1e3, run.hits.get(), heap.peakMb());
    }

    /** Time the JIT compilers spent so far (their threads' wall time, summed). */
    private static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /** The service's classes, wired by hand: the same cursor read, workers and ledger as a run in the service. */
    private static BaseScreening base(DataSource db) {
        ScreeningConfig.Rescreen rescreen = new ScreeningConfig.Rescreen() {
            public Duration seenWithin() { return Duration.ofDays(90); }
            public int batchSize() { return 1000; }
            public Optional<Integer> workers() { return Optional.empty(); }
            public boolean onListChange() { return true; }
        };
        ScreeningConfig config = new ScreeningConfig() {
            public double nameThreshold() { return ScreeningIndex.DEFAULT_THRESHOLD; }
            public int nameMemoSize() { return 0; }
            public Duration refreshInterval() { return Duration.ZERO; }
            public Duration clearancePollInterval() { return Duration.ZERO; }
            public Rescreen rescreen() { return rescreen; }
        };
        HitLedger ledger = new HitLedger(db, List.of(), false);
        return new BaseScreening(new StoredCustomers(db), ledger, config, new RescreeningMetrics(new SimpleMeterRegistry()));
    }

    /** The delta's index as it was before the score bound: a comparator that only scores. */
    private static Target scoredInFull(ListDelta delta, ScreeningIndex serving) {
        WatchList changed = new WatchList(delta.list().name(), delta.list().version(), delta.list().source(),
                delta.entries());
        ScreeningIndex small = new ScreeningIndex(List.of(changed), serving.threshold(), names -> {
            NameScorer scorer = new NameScorer(names, serving.nameIndex(), NameScorer.Settings.DEFAULT);
            return (query, syllabic, id) -> scorer.score(query, syllabic, id);
        });
        return new Target(small, (list, entryId) -> NewBecause.ENTRY_CHANGED);
    }

    /** Party key, entry id and score of every hit of every stored customer, on one worker per core, nothing recorded. */
    private static Set<String> found(DataSource db, Target target) throws Exception {
        Set<String> hits = ConcurrentHashMap.newKeySet();
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        Semaphore inFlight = new Semaphore(2 * cores);
        try {
            new StoredCustomers(db).read(Instant.EPOCH, 1000, batch -> {
                inFlight.acquire();
                pool.execute(() -> {
                    try {
                        target.screen(batch).forEach(h -> hits.add(h.partyKey() + "|" + h.entryId() + "|" + h.score()));
                    } finally {
                        inFlight.release();
                    }
                });
            });
            inFlight.acquire(2 * cores);
        } finally {
            pool.shutdown();
        }
        return hits;
    }

    /** Every (size/changed)-th entry of the list from {@code offset}, as if republished with a change. */
    private static ListDelta delta(WatchList list, int changed, int offset) {
        List<WatchListEntry> entries = new ArrayList<>();
        Map<String, NewBecause> reasons = new HashMap<>();
        int step = Math.max(1, list.entries().size() / changed);
        for (int i = offset; i < list.entries().size() && entries.size() < changed; i += step) {
            WatchListEntry e = list.entries().get(i);
            entries.add(e);
            reasons.put(e.entryId(), NewBecause.ENTRY_CHANGED);
        }
        return new ListDelta(list, entries, reasons, List.of(), Map.of());
    }

    /**
     * Names of one or two given names and a surname: about half the parts from the commonest of the lists' names,
     * the rest made up (rare), so that the index's prefilter meets both long and short posting lists.
     */
    private static void insertCustomers(PGSimpleDataSource db, int count) throws Exception {
        try (Connection c = db.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            Random random = new Random(42);
            int chunk = 100_000;
            for (int from = 0; from < count; from += chunk) {
                StringBuilder rows = new StringBuilder(chunk * 64);
                for (int i = from; i < Math.min(count, from + chunk); i++) {
                    String name = part(random, COMMON_GIVEN) + (random.nextInt(4) == 0 ? " " + part(random, COMMON_GIVEN) : "")
                            + " " + part(random, COMMON_SURNAMES);
                    rows.append("cust-").append(i).append('\t').append(name).append('\t')
                            .append(random.nextInt(5) == 0 ? "COMPANY" : "INDIVIDUAL").append('\t')
                            .append(random.nextBoolean() ? "US" : "\\N").append("\tVERIFIED\t1\t2026-01-01T00:00:00Z\n");
                }
                copy.copyIn("COPY party_profiles (party_id, name, type, country, kyc_status, version, updated_at)"
                        + " FROM STDIN", new StringReader(rows.toString()));
            }
        }
    }

    private static String part(Random random, String[] common) {
        if (random.nextBoolean()) return common[random.nextInt(common.length)];
        String consonants = "BCDFGHKLMNPRSTVZ", vowels = "AEIOUY";
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            word.append(consonants.charAt(random.nextInt(consonants.length())));
            word.append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * CPU time of this JVM so far (every thread, the reading and the screening; PostgreSQL's own work is not in
     * it): on a shared machine the wall time depends on the neighbours, this much less.
     */
    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** The highest heap use sampled every 50 ms (after a GC at reset, so one phase does not count another's garbage). */
    private static final class HeapPeak implements AutoCloseable {
        private volatile long peak;
        private volatile boolean running = true;
        private final Thread sampler = new Thread(() -> {
            while (running) {
                long used = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) used += pool.getUsage().getUsed();
                }
                peak = Math.max(peak, used);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");

        HeapPeak() {
            sampler.setDaemon(true);
            sampler.start();
        }

        void reset() {
            System.gc();
            peak = 0;
        }

        long peakMb() {
            return peak >> 20;
        }

        @Override
        public void close() {
            running = false;
        }
    }
}
