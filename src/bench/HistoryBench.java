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
 * transactions (COPY) into the running Warden's database. Enrichment latency is the service's own
 * timings.enrichMicros (profiles, history window with upstream hops, screening) of every answered decision.
 *
 * Run by src/bench/history-bench.sh; loopback only.
 */
public class HistoryBench {
    private static final Pattern ENRICH = Pattern.compile("\"enrichMicros\"\\s*:\\s*(\\d+)");
    private static final Instant END = Instant.parse("2026-12-31T00:00:00Z");

    public static void main(String[] args) throws Exception {
        String url = arg(args, "--url", "http://127.0.0.1:18082");
        String jdbc = arg(args, "--jdbc", null);
        int rows = Integer.parseInt(arg(args, "--rows", "1000000"));
        int accounts = Integer.parseInt(arg(args, "--accounts", "20000"));
        int concurrency = Integer.parseInt(arg(args, "--concurrency", "16"));
        int seconds = Integer.parseInt(arg(args, "--seconds", "20"));
        URI target = URI.create(url + "/v1/decisions");
        if (!List.of("127.0.0.1", "localhost").contains(target.getHost())) throw new IllegalArgumentException("loopback only");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        measure("empty history", client, target, accounts, concurrency, 5, null);
        measure("empty history", client, target, accounts, concurrency, seconds, "e");
        long start = System.nanoTime();
        load(jdbc, rows, accounts);
        System.out.printf(Locale.ROOT, "loaded %,d transactions over %,d accounts in %.0f s%n", rows, accounts, (System.nanoTime() - start) / 1e9);
        measure("1M history", client, target, accounts, concurrency, 5, null);
        measure(String.format(Locale.ROOT, "%,d stored", rows), client, target, accounts, concurrency, seconds, "f");
    }

    /** One year of transfers among the accounts, written with COPY, then ANALYZE. */
    static void load(String jdbc, int rows, int accounts) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
            var copy = ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI();
            Random r = new Random(42);
            int batch = 100_000;
            for (int done = 0; done < rows; done += batch) {
                StringBuilder sb = new StringBuilder(batch * 120);
                for (int i = done; i < Math.min(rows, done + batch); i++) {
                    int from = r.nextInt(accounts), to = r.nextInt(accounts);
                    Instant at = END.minusSeconds((long) r.nextInt(365 * 86400));
                    int amount = 50 + r.nextInt(5000);
                    sb.append("bulk-").append(i).append('\t').append(at).append("\tWIRE\t").append(amount).append("\tUSD\t")
                            .append(amount).append("\tacc-").append(from).append("\tacc-").append(to).append("\tcust-")
                            .append(from).append("\t\\N\tDE\tAE\t\\N\t\\N\n");
                }
                copy.copyIn("COPY transactions (transaction_id, occurred_at, type, amount, currency, amount_usd, "
                        + "originator_account, beneficiary_account, originator_party_id, beneficiary_party_id, "
                        + "originator_country, beneficiary_country, asset, chain) FROM STDIN", new StringReader(sb.toString()));
            }
            c.createStatement().execute("ANALYZE transactions");
        }
    }

    static void measure(String label, HttpClient client, URI target, int accounts, int concurrency, int seconds,
            String run) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong ok = new AtomicLong(), failed = new AtomicLong(), seq = new AtomicLong();
        long[][] enrich = new long[concurrency][];
        String prefix = (run == null ? "w" : run) + Long.toString(System.nanoTime(), 36);
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            pool.submit(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    HttpRequest request = HttpRequest.newBuilder(target).header("X-API-Key", System.getenv().getOrDefault("WARDEN_API_KEY", "warden-local")).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body(prefix + "-" + seq.incrementAndGet(), accounts))).build();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        Matcher m = ENRICH.matcher(response.body());
                        if (response.statusCode() == 200 && m.find()) {
                            ok.incrementAndGet();
                            if (n == mine.length) mine = Arrays.copyOf(mine, n * 2);
                            mine[n++] = Long.parseLong(m.group(1));
                        } else if (failed.incrementAndGet() <= 3) System.err.println(response.statusCode() + " " + response.body());
                    } catch (Exception e) {
                        if (failed.incrementAndGet() <= 3) System.err.println(e);
                    }
                }
                enrich[worker] = Arrays.copyOf(mine, n);
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        if (run == null) return;
        long[] all = Arrays.stream(enrich).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s: %.0f decisions/s (%d ok, %d failed, %d clients, %d s); enrichment ms p50 %.3f p99 %.3f max %.3f%n",
                label, ok.get() / (double) seconds, ok.get(), failed.get(), concurrency, seconds, pct(all, 50), pct(all, 99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e3);
    }

    /** A wire between two accounts of the pool, at a time inside the loaded year, from a customer with no profile. */
    static String body(String id, int accounts) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        int from = r.nextInt(accounts), to = r.nextInt(accounts);
        Instant at = END.minusSeconds(r.nextInt(300 * 86400));
        return """
                {"transactionId":"%s","occurredAt":"%s","type":"WIRE","amount":"%d.00","currency":"USD",
                 "originator":{"partyId":"cust-%d","name":"Customer %d","type":"INDIVIDUAL","country":"DE","accountId":"acc-%d"},
                 "beneficiary":{"name":"Supplier %d","type":"COMPANY","country":"AE","accountId":"acc-%d"}}"""
                .formatted(id, at, 50 + r.nextInt(2900), from, from, from, to, to);
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
