import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP load generator for POST /v1/decisions: a closed loop of N concurrent clients, each sending the next
 * request as soon as the last answer arrived, for a fixed time after a warm-up. Every request is a new
 * transaction (so every one is decided and recorded durably), drawn from a pool of accounts so that history
 * windows fill up as the run goes on. Reports decisions per second and latency percentiles of 200 answers.
 *
 * Run with: java src/bench/LoadGenerator.java --url http://127.0.0.1:8080 --concurrency 32 --seconds 30
 * Loopback only: it refuses any other host.
 */
public class LoadGenerator {
    public static void main(String[] args) throws Exception {
        String url = arg(args, "--url", "http://127.0.0.1:8080");
        int concurrency = Integer.parseInt(arg(args, "--concurrency", "32"));
        int seconds = Integer.parseInt(arg(args, "--seconds", "30"));
        int warmup = Integer.parseInt(arg(args, "--warmup", "10"));
        int accounts = Integer.parseInt(arg(args, "--accounts", "5000"));
        URI target = URI.create(url + "/v1/decisions");
        if (!Arrays.asList("127.0.0.1", "localhost", "[::1]").contains(target.getHost())) {
            throw new IllegalArgumentException("load is only sent to this machine (127.0.0.1/localhost), not " + target.getHost());
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String run = Long.toString(System.currentTimeMillis(), 36);
        AtomicLong sequence = new AtomicLong();

        System.out.printf("warming up for %d s with %d clients...%n", warmup, concurrency);
        drive(client, target, concurrency, warmup, accounts, run + "w", sequence, null);
        long[][] latencies = new long[concurrency][];
        System.out.printf("measuring for %d s...%n", seconds);
        Result result = drive(client, target, concurrency, seconds, accounts, run + "m", sequence, latencies);

        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(Locale.ROOT, "decisions: %d ok, %d failed in %d s with %d clients%n", result.ok, result.failed,
                seconds, concurrency);
        System.out.printf(Locale.ROOT, "throughput: %.0f decisions/s%n", result.ok / (double) seconds);
        System.out.printf(Locale.ROOT, "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
                pct(all, 50), pct(all, 90), pct(all, 99), pct(all, 99.9), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        if (result.failed > 0) System.exit(1);
    }

    record Result(long ok, long failed) {
    }

    static Result drive(HttpClient client, URI target, int concurrency, int seconds, int accounts, String run,
            AtomicLong sequence, long[][] latencies) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            pool.submit(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    String body = body(run + "-" + sequence.incrementAndGet(), accounts);
                    HttpRequest request = HttpRequest.newBuilder(target).header("X-API-Key", System.getenv().getOrDefault("WARDEN_API_KEY", "warden-local")).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - start;
                        if (response.statusCode() == 200) {
                            ok.incrementAndGet();
                            if (n == mine.length) mine = Arrays.copyOf(mine, n * 2);
                            mine[n++] = took;
                        } else {
                            if (failed.incrementAndGet() <= 5) System.err.println(response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        if (failed.incrementAndGet() <= 5) System.err.println(e);
                    }
                }
                if (latencies != null) latencies[worker] = Arrays.copyOf(mine, n);
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return new Result(ok.get(), failed.get());
    }

    /** A realistic mix: mostly wires between customers, some near the structuring band, some stablecoin transfers. */
    static String body(String id, int accounts) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        int from = r.nextInt(accounts);
        int to = r.nextInt(accounts);
        String occurredAt = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(System.nanoTime() / 1_000_000 % 2_000_000).toString();
        if (r.nextInt(10) == 0) {
            return """
                    {"transactionId":"%s","occurredAt":"%s","type":"CRYPTO_TRANSFER","amount":"%d.00","currency":"USDT",
                     "originator":{"partyId":"cust-%d","name":"Customer %d","type":"INDIVIDUAL","country":"KG","walletAddress":"TXwZkPbGn5B6q1RkRyAT8fRr9YTb%06d","chain":"TRON"},
                     "beneficiary":{"name":"Counterparty %d","type":"INDIVIDUAL","walletAddress":"TQn9Y2khEsLJW1ChVWFMSMeRDow5%06d","chain":"TRON"},
                     "travelRule":{"originatorComplete":true,"beneficiaryComplete":true}}""".formatted(id, occurredAt,
                    100 + r.nextInt(5000), from, from, from, to, to);
        }
        int amount = r.nextInt(20) == 0 ? 9000 + r.nextInt(1000) : 50 + r.nextInt(4000);
        return """
                {"transactionId":"%s","occurredAt":"%s","type":"WIRE","amount":"%d.00","currency":"EUR",
                 "originator":{"partyId":"cust-%d","name":"Customer %d","type":"INDIVIDUAL","country":"DE","accountId":"acc-%d"},
                 "beneficiary":{"name":"Supplier %d","type":"COMPANY","country":"AE","accountId":"acc-%d","bic":"EBILAEADXXX"},
                 "channel":"ONLINE","purpose":"invoice %d"}""".formatted(id, occurredAt, amount, from, from, from, to, to, r.nextInt(100000));
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) if (args[i].equals(name)) return args[i + 1];
        return fallback;
    }
}
