import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

/**
 * Enrichment latency and decision throughput on an empty history, then again after bulk-loading N stored
 * transactions (COPY) into the running Warden's database (see {@link #load} for their shape). Each state is measured
 * with one client (latency of a lone decision) and with N clients (throughput, CPU saturated). Enrichment latency is
 * the service's own timings.enrichMicros (KYC profiles, history window with upstream hops, screening) of every
 * answered decision, with its parts historyMicros (counterparty memory, window, upstream hops) and screeningMicros.
 * {@code --load-only} stops after loading (history-bench.sh then restarts the service); {@code --loaded} measures an
 * already loaded database; {@code --import} only loads the rows into {@code --jdbc}, as user postgres with the
 * password from PGPASSFILE (the embedded server's warden.pgpass, which the scripts pass), as psql takes it.
 *
 * <p>{@code --ab URL} (history-ab.sh): the throughput of two services side by side, the one at {@code --url} on an
 * empty history and the one at URL on the loaded one, measured in alternating slices (A B, B A, ...), so that the
 * box's drift over the run falls on both alike; reports each pair's ratio and their median.
 *
 * Run by src/bench/history-bench.sh; loopback only.
 */
public class HistoryBench {
    private static final Instant END = Instant.parse("2026-12-31T00:00:00Z");
    /** The service's and the PostgreSQL server's process ids (0: unknown), for CPU time per decision. */
    private static long servicePid, postgresPid;
    /**
     * Whether the requests go to accounts no earlier request used (the empty history's traffic): every warm-up step
     * and every measurement then draws its accounts from a range of its own (range k: acc-(k x accounts + n)), so that
     * its decisions meet no history but the one they record themselves. Drawn from one range, the empty history would
     * not stay empty: a side-by-side run records some 400,000 decisions over the 100,000 accounts, and its last slices
     * would measure a history a third the size of the loaded one.
     */
    private static boolean freshAccounts;
    private static int accountRanges;
    /** Share of transfers that go to one of the payer's standing payees ({@code --repeat}). */
    private static double repeat;
    /** Standing payees per account. */
    private static final int STANDING = 4;
    /** Longest warm-up beyond --warmup, in seconds, while the JIT compilers are still busy. */
    private static final int MAX_EXTRA_WARMUP = 300;
    /** Compiler CPU over 10 s of warm-up (in 10 ms ticks) under which the JIT counts as quiet: 5% of a core. */
    private static final long QUIET_COMPILER_TICKS = 50;
    /** Seconds of warm-up before each state is measured (see {@link #phase}). */
    private static int warmup;
    /** Days of history the loaded rows cover, ending at END. */
    private static final int SPAN = 90;

    public static void main(String[] args) throws Exception {
        String url = arg(args, "--url", "http://127.0.0.1:18082");
        String jdbc = arg(args, "--jdbc", null);
        int rows = Integer.parseInt(arg(args, "--rows", "1000000"));
        int accounts = Integer.parseInt(arg(args, "--accounts", "100000"));
        int concurrency = Integer.parseInt(arg(args, "--concurrency", "16"));
        int seconds = Integer.parseInt(arg(args, "--seconds", "20"));
        warmup = Integer.parseInt(arg(args, "--warmup", "60"));
        repeat = Double.parseDouble(arg(args, "--repeat", "0.8"));
        servicePid = Long.parseLong(arg(args, "--service-pid", "0"));
        postgresPid = Long.parseLong(arg(args, "--postgres-pid", "0"));
        URI target = decisions(url);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        if (Arrays.asList(args).contains("--import")) {
            load(jdbc, rows, accounts);
            describe(jdbc);
            return;
        }
        String ab = arg(args, "--ab", null);
        if (ab != null) {
            Service empty = new Service("empty history", target, servicePid, postgresPid, true);
            Service loaded = new Service(String.format(Locale.ROOT, "%,d stored", rows), decisions(ab),
                    Long.parseLong(arg(args, "--service-pid-b", "0")), Long.parseLong(arg(args, "--postgres-pid-b", "0")),
                    false);
            alternate(client, empty, loaded, accounts, concurrency, seconds, Integer.parseInt(arg(args, "--pairs", "6")));
            return;
        }
        if (!Arrays.asList(args).contains("--loaded")) {
            freshAccounts = true;
            phase("empty history", client, target, accounts, concurrency, seconds, "e");
            freshAccounts = false;
            long start = System.nanoTime();
            load(jdbc, rows, accounts);
            System.out.printf(Locale.ROOT, "loaded %,d transactions over %,d accounts in %.0f s%n", rows, accounts, (System.nanoTime() - start) / 1e9);
            if (Arrays.asList(args).contains("--load-only")) return;
        }
        describe(jdbc);
        phase(String.format(Locale.ROOT, "%,d stored", rows), client, target, accounts, concurrency, seconds, "f");
    }

    /** The decision endpoint of the service at {@code url}, which must be on this machine. */
    static URI decisions(String url) {
        URI target = URI.create(url + "/v1/decisions");
        if (!List.of("127.0.0.1", "localhost").contains(target.getHost())) throw new IllegalArgumentException("loopback only");
        return target;
    }

    /**
     * Warm-up ({@code --warmup}, 60 s by default: C2 is still compiling the decision path - Drools, the PostgreSQL
     * driver, Jackson - for over a minute after start, and a compiler thread busy on one of the two cores shows in
     * every latency percentile; the empty history, measured first, would pay for it), then latency with one client (the
     * service otherwise idle: the time a decision's enrichment takes), then throughput with {@code concurrency}
     * clients (CPU saturated: enrichment times include waiting for a core).
     */
    static void phase(String label, HttpClient client, URI target, int accounts, int concurrency, int seconds,
            String run) throws Exception {
        warmUp(client, target, accounts, concurrency);
        measure(label + ", 1 client", client, target, accounts, 1, seconds, run + "1");
        measure(label + ", " + concurrency + " clients", client, target, accounts, concurrency, seconds, run + "n");
    }

    /** {@code --warmup} seconds, then on in 10 s steps until the JIT compilers are quiet (at most 300 s more). */
    static void warmUp(HttpClient client, URI target, int accounts, int concurrency) throws Exception {
        measure("warm-up", client, target, accounts, concurrency, warmup, null);
        // On two cores the JIT compilers can still be busy minutes after start (more so when the host is slow), and a
        // compiler thread taking half a core shows in every figure. Warm up on until they are quiet.
        int extra = 0;
        long ticks = compilerTicks(), step;
        do {
            measure("warm-up", client, target, accounts, concurrency, 10, null);
            extra += 10;
            long now = compilerTicks();
            step = now - ticks;
            ticks = now;
        } while (step > QUIET_COMPILER_TICKS && extra < MAX_EXTRA_WARMUP);
        System.out.printf(Locale.ROOT, "(warm-up %d s; JIT compilers over its last 10 s: %.0f%% of a core)%n", warmup + extra,
                step / 10.0);
    }

    /** A service under measurement: its decision endpoint, its process and its PostgreSQL server's. */
    record Service(String label, URI target, long pid, long postgresPid, boolean freshAccounts) {
        /** Makes CPU figures count this service's processes, and its requests draw accounts as it needs them. */
        void select() {
            HistoryBench.servicePid = pid;
            HistoryBench.postgresPid = postgresPid;
            HistoryBench.freshAccounts = freshAccounts;
        }
    }

    /**
     * Both services warmed up until their JIT compilers are quiet, then {@code pairs} pairs of throughput slices with
     * {@code concurrency} clients, A B then B A: the ratio of each pair, and the median, is drift-free to the extent the
     * box's speed holds over one pair (2 x {@code seconds}).
     */
    static void alternate(HttpClient client, Service empty, Service loaded, int accounts, int concurrency, int seconds,
            int pairs) throws Exception {
        for (Service service : List.of(empty, loaded)) {
            service.select();
            warmUp(client, service.target(), accounts, concurrency);
        }
        double[] ratios = new double[pairs];
        double[][] cpu = new double[2][pairs];
        for (int pair = 0; pair < pairs; pair++) {
            double[] rate = new double[2];
            for (int i = 0; i < 2; i++) {
                int which = pair % 2 == 0 ? i : 1 - i;
                Service service = which == 0 ? empty : loaded;
                service.select();
                double[] result = measure(service.label() + ", " + concurrency + " clients, pair " + (pair + 1), client,
                        service.target(), accounts, concurrency, seconds, which == 0 ? "a" : "b");
                rate[which] = result[0];
                cpu[which][pair] = result[1] + result[2];
            }
            ratios[pair] = rate[1] / rate[0];
            System.out.printf(Locale.ROOT, "pair %d: loaded/empty decisions per second %.2f%n", pair + 1, ratios[pair]);
        }
        System.out.printf(Locale.ROOT, "loaded/empty decisions per second: median %.2f over %d pairs (%s); CPU ms per "
                + "decision (service + PostgreSQL), median: empty %.2f, loaded %.2f%n", median(ratios), pairs,
                Arrays.toString(Arrays.stream(ratios).map(r -> Math.round(r * 100) / 100.0).toArray()),
                median(cpu[0]), median(cpu[1]));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * {@code rows} transfers among {@code accounts} accounts over the {@link #SPAN} days before {@link #END}, written with
     * COPY, then VACUUM ANALYZE (what autovacuum does to an insert-only table in production). Every account belongs
     * to a party (see {@link #party}); both ends of a row carry their account and party. Each end is drawn by
     * {@link #account}: 2% busy accounts take 20% of the ends, so an ordinary account has a handful of rows in a
     * 30-day window and a busy one tens.
     */
    static void load(String jdbc, int rows, int accounts) throws Exception {
        Random r = new Random(42);
        int[] from = new int[rows], to = new int[rows], at = new int[rows];
        boolean[] standing = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            from[i] = account(r, accounts);
            standing[i] = r.nextDouble() < repeat;
            to[i] = payee(r, from[i], accounts, standing[i]);
            at[i] = r.nextInt(SPAN * 86400);
        }
        boolean[] first = firstTransfers(from, to, at, standing, accounts);
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", null)) {
            var copy = ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI();
            int batch = 100_000;
            for (int done = 0; done < rows; done += batch) {
                StringBuilder sb = new StringBuilder(batch * 160);
                for (int i = done; i < Math.min(rows, done + batch); i++) {
                    int amount = 50 + r.nextInt(5000);
                    sb.append("bulk-").append(i).append('\t').append(END.minusSeconds(at[i])).append("\tWIRE\t").append(amount)
                            .append("\tUSD\t").append(amount).append("\tacc-").append(from[i]).append("\tacc-").append(to[i])
                            .append("\t").append(party(from[i])).append('\t').append(party(to[i])).append("\tDE\tAE\t\\N\t\\N\t")
                            .append(first[i]).append('\n');
                }
                copy.copyIn("COPY transactions (transaction_id, occurred_at, type, amount, currency, amount_usd, "
                        + "originator_account, beneficiary_account, originator_party_id, beneficiary_party_id, "
                        + "originator_country, beneficiary_country, asset, chain, new_counterparty) FROM STDIN",
                        new StringReader(sb.toString()));
            }
            c.createStatement().execute("VACUUM ANALYZE transactions");
        }
    }

    /**
     * Whether each row is the first transfer between its two accounts (what Warden stores as new_counterparty when
     * it decides a transaction): the first in time of its pair, unless it is to a standing payee, a relationship
     * older than the loaded span (Warden's memory reaches back a year; the span is its last 90 days). {@code at}
     * counts seconds back from END.
     */
    static boolean[] firstTransfers(int[] from, int[] to, int[] at, boolean[] standing, int accounts) {
        long[] byTime = new long[from.length];
        for (int i = 0; i < from.length; i++) byTime[i] = (SPAN * 86400L - at[i]) * from.length + i;
        java.util.Arrays.sort(byTime);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        boolean[] first = new boolean[from.length];
        for (long key : byTime) {
            int i = (int) (key % from.length);
            first[i] = seen.add((long) from[i] * accounts + to[i]) && !standing[i];
        }
        return first;
    }

    /**
     * The account {@code payer} pays: one of its {@link #STANDING} standing payees (salary, rent, suppliers: real
     * payment traffic is mostly repeat payments) or, when not {@code standing}, any account, drawn as
     * {@link #account} draws.
     */
    static int payee(Random r, int payer, int accounts, boolean standing) {
        int to = standing ? account(new Random(payer * 31L + r.nextInt(STANDING)), accounts) : account(r, accounts);
        return to == payer ? (to + 1) % accounts : to;
    }

    /** How many rows an account has in the 30 days before END (both directions): the shape the requests meet. */
    static void describe(String jdbc) throws Exception {
        String perAccount = """
                WITH ends AS (
                  SELECT originator_account AS account FROM transactions WHERE transaction_id LIKE 'bulk-%%' AND occurred_at > '%1$s'
                  UNION ALL
                  SELECT beneficiary_account FROM transactions WHERE transaction_id LIKE 'bulk-%%' AND occurred_at > '%1$s'),
                counts AS (SELECT account, count(*) AS n FROM ends GROUP BY account)
                SELECT count(*), percentile_disc(ARRAY[0.5, 0.9, 0.99]) WITHIN GROUP (ORDER BY n), max(n),
                       pg_size_pretty(pg_total_relation_size('transactions')),
                       (SELECT avg(new_counterparty::int) FROM transactions WHERE transaction_id LIKE 'bulk-%%')
                  FROM counts""".formatted(END.minus(Duration.ofDays(30)));
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", null);
                var rs = c.createStatement().executeQuery(perAccount)) {
            rs.next();
            if (rs.getLong(1) == 0) {
                System.out.println("no loaded rows in the last 30 days (--loaded on an empty history)");
                return;
            }
            Object[] p = (Object[]) rs.getArray(2).getArray();
            System.out.printf(Locale.ROOT, "rows per active account in a 30-day window: p50 %s, p90 %s, p99 %s, max %s "
                    + "(%,d accounts active); first transfers between their two accounts: %.0f%% of rows; table with "
                    + "indexes %s%n", p[0], p[1], p[2], rs.getLong(3), rs.getLong(1), 100 * rs.getDouble(5), rs.getString(4));
        }
    }

    /** One end of a transfer: with probability 0.2 one of the first 2% of accounts (the busy ones), else any other. */
    static int account(Random r, int accounts) {
        int busy = Math.max(1, accounts / 50);
        return r.nextDouble() < 0.2 ? r.nextInt(busy) : busy + r.nextInt(accounts - busy);
    }

    /** Accounts 4k..4k+3 belong to three parties, one of which owns two: 100,000 accounts, 75,000 parties. */
    static String party(int account) {
        return "cust-" + account * 3 / 4;
    }

    /** The service's own timings of one decision, in microseconds. */
    private static final List<Pattern> TIMINGS = java.util.stream.Stream.of("enrichMicros", "rulesMicros", "persistMicros",
            "totalMicros", "historyMicros", "screeningMicros").map(name -> Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)")).toList();

    /** Decisions per second and CPU ms per decision of the service and of PostgreSQL; nothing for a warm-up. */
    static double[] measure(String label, HttpClient client, URI target, int accounts, int concurrency, int seconds,
            String run) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong ok = new AtomicLong(), failed = new AtomicLong(), seq = new AtomicLong();
        List<long[]> timings = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        long[] cpuBefore = {cpuTicks(servicePid, false), cpuTicks(postgresPid, true), compilerTicks()};
        String prefix = (run == null ? "w" : run) + Long.toString(System.nanoTime(), 36);
        int firstAccount = freshAccounts ? ++accountRanges * accounts : 0;
        for (int w = 0; w < concurrency; w++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    HttpRequest request = HttpRequest.newBuilder(target).header("X-API-Key", System.getenv().getOrDefault("WARDEN_API_KEY", "warden-local")).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body(prefix + "-" + seq.incrementAndGet(), accounts, firstAccount))).build();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        long[] took = timings(response.body());
                        if (response.statusCode() == 200 && took != null) {
                            ok.incrementAndGet();
                            timings.add(took);
                        } else if (failed.incrementAndGet() <= 3) System.err.println(response.statusCode() + " " + response.body());
                    } catch (Exception e) {
                        if (failed.incrementAndGet() <= 3) System.err.println(e);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        if (run == null) return null;
        long decided = Math.max(1, ok.get());
        double serviceCpu = (cpuTicks(servicePid, false) - cpuBefore[0]) * 10.0 / decided;
        double postgresCpu = (cpuTicks(postgresPid, true) - cpuBefore[1]) * 10.0 / decided;
        double compilerCpu = (compilerTicks() - cpuBefore[2]) * 10.0 / decided;
        long[] enrich = column(timings, 0), history = column(timings, 4), screening = column(timings, 5);
        System.out.printf(Locale.ROOT, "%s: %.0f decisions/s (%d ok, %d failed, %d s); enrichment ms p50 %.3f p99 %.3f max %.3f"
                + " (of which history p50 %.3f p99 %.3f, screening p50 %.3f p99 %.3f); "
                + "p50 ms rules %.3f persist %.3f total %.3f; CPU ms per decision service %.2f (of which JIT compilers %.2f) "
                + "PostgreSQL %.2f; load average %s%n",
                label, ok.get() / (double) seconds, ok.get(), failed.get(), seconds, pct(enrich, 50), pct(enrich, 99),
                enrich.length == 0 ? 0 : enrich[enrich.length - 1] / 1e3, pct(history, 50), pct(history, 99),
                pct(screening, 50), pct(screening, 99), pct(column(timings, 1), 50),
                pct(column(timings, 2), 50), pct(column(timings, 3), 50), serviceCpu, compilerCpu, postgresCpu, loadAverage());
        return new double[] {ok.get() / (double) seconds, serviceCpu, postgresCpu};
    }

    /** The timings of a decision response, or null when it has none. */
    static long[] timings(String body) {
        long[] took = new long[TIMINGS.size()];
        for (int i = 0; i < took.length; i++) {
            Matcher m = TIMINGS.get(i).matcher(body);
            if (!m.find()) return null;
            took[i] = Long.parseLong(m.group(1));
        }
        return took;
    }

    static long[] column(List<long[]> timings, int index) {
        synchronized (timings) {
            return timings.stream().mapToLong(t -> t[index]).sorted().toArray();
        }
    }

    /**
     * A wire between two accounts drawn as the stored rows are (busy accounts send and receive more), by the party
     * that owns the originator's account, at a time in the last {@link #SPAN} - 30 days of the loaded span, so the
     * whole 30-day window lies in loaded history. The parties have no KYC profile. Account numbers start at
     * {@code firstAccount} (0: the loaded ones).
     */
    static String body(String id, int accounts, int firstAccount) {
        Random r = ThreadLocalRandom.current();
        int from = firstAccount + account(r, accounts);
        int to = firstAccount + payee(r, from - firstAccount, accounts, r.nextDouble() < repeat);
        Instant at = END.minusSeconds(r.nextInt((SPAN - 30) * 86400));
        return """
                {"transactionId":"%s","occurredAt":"%s","type":"WIRE","amount":"%d.00","currency":"USD",
                 "originator":{"partyId":"%s","name":"Customer %d","type":"INDIVIDUAL","country":"DE","accountId":"acc-%d"},
                 "beneficiary":{"name":"Supplier %d","type":"COMPANY","country":"AE","accountId":"acc-%d"}}"""
                .formatted(id, at, 50 + r.nextInt(2900), party(from), from, from, to, to);
    }

    /**
     * CPU time (user + system, in 1/100 s) of a process, with {@code children} also of its live child processes and
     * of the children it has waited for (PostgreSQL's backends); 0 when the pid is unknown or /proc is not there.
     */
    static long cpuTicks(long pid, boolean children) {
        if (pid <= 0) return 0;
        try (var procs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
            long[] total = {0};
            procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                String[] stat = stat(p);
                if (stat == null) return;
                boolean self = p.getFileName().toString().equals(Long.toString(pid));
                if (self || (children && stat[3].equals(Long.toString(pid)))) {
                    total[0] += Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
                    if (self && children) total[0] += Long.parseLong(stat[15]) + Long.parseLong(stat[16]);
                }
            });
            return total[0];
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** CPU ticks the service's JIT compiler threads (C1, C2) have used so far; 0 without the service's pid. */
    static long compilerTicks() {
        if (servicePid <= 0) return 0;
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/" + servicePid + "/task"))) {
            return tasks.mapToLong(task -> {
                try {
                    if (!java.nio.file.Files.readString(task.resolve("comm")).contains("CompilerThre")) return 0;
                } catch (java.io.IOException e) {
                    return 0;
                }
                String[] stat = stat(task);
                return stat == null ? 0 : Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
            }).sum();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** The fields of /proc/PID/stat after the command name (field 3, state, is index 2), or null if gone. */
    private static String[] stat(java.nio.file.Path proc) {
        try {
            String line = java.nio.file.Files.readString(proc.resolve("stat"));
            String[] rest = line.substring(line.lastIndexOf(')') + 2).split(" ");
            String[] fields = new String[rest.length + 2];
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** The 1, 5 and 15 minute load averages (the machine may be shared). */
    static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.max(0, (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1))] / 1e3;
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) if (args[i].equals(name)) return args[i + 1];
        return fallback;
    }
}
