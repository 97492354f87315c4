import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hostile requests of many shapes against a running Warden, mixed with honest ones: control characters in every
 * text field, numbers and times out of any range, duplicate keys, wrong types, deep nesting, long strings, broken
 * UTF-8 and JSON, odd paging. Prints the answers by status, the 5xx count, how many rejected requests nevertheless
 * left a decision behind (each carries its own transaction id, looked up afterwards), whether every honest one was
 * decided, and whether the service is still ready. Exit status 1 when any of those is wrong.
 *
 * Run with: java src/bench/HostileFuzz.java --url http://127.0.0.1:18095 --management http://127.0.0.1:19095
 *   --requests 10000 --key warden-local
 * Loopback only: it refuses any other host. The count and the clients bound it; it stops by itself.
 */
public class HostileFuzz {
    static final String[] TEXT_FIELDS = { "transactionId", "originator.name", "originator.partyId",
            "originator.accountId", "originator.country", "beneficiary.name", "beneficiary.accountId", "purpose",
            "channel", "currency" };
    static final String[] BAD_TEXT = { "\\u0000", "a\\u0000b", "\\u0007", "\\u001b[31m", "\\u0085", "\\ud800",
            "\\udfff\\ud800", "\\u202e", "x".repeat(100_000), "\\uFFFF" };
    static final String[] BAD_NUMBERS = { "\"1E+2147483647\"", "\"1e-400\"", "\"" + "9".repeat(900) + "\"", "\"-5\"",
            "\"NaN\"", "\"Infinity\"", "1e308", "\"0x10\"", "\"1.0000000000000000000000001\"", "[]", "{}", "true",
            "\"\"", "null" };
    static final String[] BAD_TIMES = { "\"+999999999-01-01T00:00:00Z\"", "\"-999999999-01-01T00:00:00Z\"",
            "\"0000-01-01T00:00:00Z\"", "\"2026-13-45T99:99:99Z\"", "\"2026-11-20T10:15:30\"", "\"now\"",
            "12345", "\"9999-12-31T23:59:59.999999999Z\"", "null" };

    record Probe(String kind, String method, String path, String contentType, byte[] body, String transactionId,
            boolean honest) {
    }

    public static void main(String[] args) throws Exception {
        String url = arg(args, "--url", "http://127.0.0.1:18095");
        int requests = Integer.parseInt(arg(args, "--requests", "10000"));
        int clients = Integer.parseInt(arg(args, "--clients", "8"));
        String key = arg(args, "--key", "warden-local");
        URI management = URI.create(arg(args, "--management", url));
        long seed = Long.parseLong(arg(args, "--seed", "20261201"));
        URI base = URI.create(url);
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(base.getHost())) {
            throw new IllegalArgumentException("hostile requests go only to this machine, not " + base.getHost());
        }
        String run = Long.toString(System.currentTimeMillis(), 36);
        Random random = new Random(seed);
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < requests; i++) probes.add(probe(random, run + "-" + i));

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, AtomicLong> byStatus = new ConcurrentHashMap<>();
        Map<String, AtomicLong> fiveXxByKind = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> rejectedIds = new ConcurrentLinkedQueue<>();
        AtomicLong honestFailed = new AtomicLong();
        AtomicLong honestSent = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (Probe probe : probes) {
            pool.submit(() -> {
                int status = send(client, base, key, probe);
                byStatus.computeIfAbsent(status < 0 ? "no answer" : String.valueOf(status), s -> new AtomicLong())
                        .incrementAndGet();
                if (status >= 500 || status < 0) fiveXxByKind.computeIfAbsent(probe.kind(), k -> new AtomicLong()).incrementAndGet();
                if (probe.honest()) {
                    honestSent.incrementAndGet();
                    if (status != 200) honestFailed.incrementAndGet();
                } else if (status != 200 && probe.transactionId() != null) {
                    rejectedIds.add(probe.transactionId());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;

        long stored = 0;
        for (String id : rejectedIds) {
            HttpRequest lookup = HttpRequest.newBuilder(base.resolve("/v1/decisions?transactionId="
                    + URLEncoder.encode(id, StandardCharsets.UTF_8))).header("X-API-Key", key).GET().build();
            HttpResponse<String> found = client.send(lookup, HttpResponse.BodyHandlers.ofString());
            if (found.statusCode() != 200 || found.body().contains(id)) stored++;
        }
        HttpResponse<String> ready = client.send(HttpRequest.newBuilder(management.resolve("/q/health/ready")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        long fiveXx = fiveXxByKind.values().stream().mapToLong(AtomicLong::get).sum();

        System.out.printf("requests: %d (%d honest) in %.0f s with %d clients%n", requests, honestSent.get(), seconds, clients);
        System.out.println("answers by status: " + new TreeMap<>(byStatus));
        System.out.println("5xx or no answer: " + fiveXx + (fiveXx > 0 ? " " + new TreeMap<>(fiveXxByKind) : ""));
        System.out.println("honest requests not decided: " + honestFailed.get());
        System.out.println("rejected requests that left a decision stored: " + stored + " of " + rejectedIds.size() + " looked up");
        System.out.println("service ready afterwards: " + (ready.statusCode() == 200 ? "yes" : "NO (" + ready.statusCode() + ")"));
        if (fiveXx > 0 || stored > 0 || honestFailed.get() > 0 || ready.statusCode() != 200) System.exit(1);
    }

    static int send(HttpClient client, URI base, String key, Probe probe) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(probe.path())).timeout(Duration.ofSeconds(60))
                    .header("X-API-Key", key);
            if (probe.contentType() != null) request.header("Content-Type", probe.contentType());
            request.method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** One request: about one in ten honest, the rest broken in one of many ways. */
    static Probe probe(Random random, String id) {
        String tx = "fuzz-" + id;
        int shape = random.nextInt(100);
        if (shape < 10) return decision("honest", tx, base(tx), true);
        if (shape < 35) {
            String field = TEXT_FIELDS[random.nextInt(TEXT_FIELDS.length)];
            String bad = BAD_TEXT[random.nextInt(BAD_TEXT.length)];
            return decision("text:" + field, tx, withText(base(tx), field, bad), false);
        }
        if (shape < 50) return decision("amount", tx, base(tx).replace("\"amount\": \"950.00\"",
                "\"amount\": " + BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)]), false);
        if (shape < 60) return decision("occurredAt", tx, base(tx).replace("\"occurredAt\": \"2026-11-20T10:15:30Z\"",
                "\"occurredAt\": " + BAD_TIMES[random.nextInt(BAD_TIMES.length)]), false);
        if (shape < 65) return decision("duplicate key", tx, base(tx).replace("\"type\": \"WIRE\"",
                "\"type\": \"WIRE\", \"amount\": \"1\""), false);
        if (shape < 70) return decision("wrong type", tx, base(tx).replace("\"originator\": {", "\"originator\": [{")
                .replace("\"accountId\": \"acc-o-", "\"accountId\": [\"acc-o-"), false);
        if (shape < 73) return new Probe("deep nesting", "POST", "/v1/decisions", "application/json",
                ("[".repeat(20_000) + "]".repeat(20_000)).getBytes(StandardCharsets.UTF_8), null, false);
        if (shape < 76) {
            byte[] body = base(tx).getBytes(StandardCharsets.UTF_8);
            int at = body.length / 2;
            body[at] = (byte) 0xC3;
            body[at + 1] = (byte) 0x28;
            return new Probe("broken utf-8", "POST", "/v1/decisions", "application/json", body, tx, false);
        }
        if (shape < 79) {
            String body = base(tx);
            return decision("truncated json", tx, body.substring(0, random.nextInt(body.length())), false);
        }
        if (shape < 81) return decision("unknown field", tx, base(tx).replace("\"channel\"", "\"sqlInjection\": \"'; drop table decisions; --\", \"channel\""), false);
        if (shape < 83) return decision("missing fields", tx, "{\"transactionId\": \"" + tx + "\"}", false);
        if (shape < 85) return new Probe("wrong content type", "POST", "/v1/decisions", "text/plain",
                base(tx).getBytes(StandardCharsets.UTF_8), tx, false);
        if (shape < 89) {
            String[] queries = { "page=2147483647", "page=-1", "size=0", "size=100000", "page=abc", "from=yesterday",
                    "outcome=MAYBE", "transactionId=" + "%00", "size=2147483648", "page=99999999999999999999" };
            return new Probe("paging", "GET", "/v1/decisions?" + queries[random.nextInt(queries.length)], null, null,
                    null, false);
        }
        if (shape < 94) {
            String[] volumes = { "\"" + "9".repeat(900) + "\"", "-1", "1e400", "\"abc\"", "[]" };
            String profile = "{\"kycStatus\": \"VERIFIED\", \"kycLevel\": 2, \"riskRating\": \"LOW\", "
                    + "\"declaredMonthlyVolumeUsd\": " + volumes[random.nextInt(volumes.length)] + "}";
            return new Probe("party volume", "PUT", "/v1/parties/fuzz-" + id, "application/json",
                    profile.getBytes(StandardCharsets.UTF_8), null, false);
        }
        if (shape < 97) {
            String bad = BAD_TEXT[random.nextInt(BAD_TEXT.length)];
            return new Probe("screening name", "POST", "/v1/screening/search", "application/json",
                    ("{\"name\": \"Ivan" + bad + "\"}").getBytes(StandardCharsets.UTF_8), null, false);
        }
        return new Probe("empty body", "POST", "/v1/decisions", "application/json", new byte[0], null, false);
    }

    static Probe decision(String kind, String tx, String body, boolean honest) {
        return new Probe(kind, "POST", "/v1/decisions", "application/json", body.getBytes(StandardCharsets.UTF_8), tx,
                honest);
    }

    static String base(String tx) {
        return """
                {"transactionId": "%s", "occurredAt": "2026-11-20T10:15:30Z", "type": "WIRE", "amount": "950.00", "currency": "USD",
                 "originator": {"partyId": "p-%s", "name": "Ivan Petrov", "type": "INDIVIDUAL", "country": "KG", "accountId": "acc-o-%s"},
                 "beneficiary": {"name": "Aurora Trading", "type": "COMPANY", "country": "AE", "accountId": "acc-b-%s"},
                 "channel": "ONLINE", "purpose": "invoice 77"}
                """.formatted(tx, tx, tx, tx);
    }

    /** Puts a hostile string into one text field (a JSON escape, so the body itself stays valid JSON). */
    static String withText(String body, String field, String bad) {
        return switch (field) {
            case "transactionId" -> body.replaceFirst("\"transactionId\": \"([^\"]*)\"", "\"transactionId\": \"$1" + quote(bad) + "\"");
            case "originator.name" -> body.replace("\"Ivan Petrov\"", "\"Ivan Petrov" + bad + "\"");
            case "originator.partyId" -> body.replaceFirst("\"partyId\": \"([^\"]*)\"", "\"partyId\": \"$1" + quote(bad) + "\"");
            case "originator.accountId" -> body.replaceFirst("\"accountId\": \"(acc-o-[^\"]*)\"", "\"accountId\": \"$1" + quote(bad) + "\"");
            case "originator.country" -> body.replace("\"KG\"", "\"K" + bad + "\"");
            case "beneficiary.name" -> body.replace("\"Aurora Trading\"", "\"Aurora" + bad + "\"");
            case "beneficiary.accountId" -> body.replaceFirst("\"accountId\": \"(acc-b-[^\"]*)\"", "\"accountId\": \"$1" + quote(bad) + "\"");
            case "purpose" -> body.replace("\"invoice 77\"", "\"invoice" + bad + "\"");
            case "channel" -> body.replace("\"ONLINE\"", "\"ONLINE" + bad + "\"");
            default -> body.replace("\"USD\"", "\"US" + bad + "\"");
        };
    }

    private static String quote(String text) {
        return java.util.regex.Matcher.quoteReplacement(text);
    }

    static String arg(String[] args, String name, String fallback) {
        int i = Arrays.asList(args).indexOf(name);
        return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
    }
}
