import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Durability under SIGKILL, in two modes.
 * load:   concurrent clients post new decisions until killed; every 200 answer is appended (transactionId,
 *         decisionId) to the acknowledgement file and flushed before the next request, so the file holds exactly
 *         what callers were told was recorded.
 * verify: after the restart, every acknowledged decision must read back (GET /v1/decisions/{id}, same
 *         transactionId), and the database must hold no half-written record (a decision without its history row,
 *         or a history row without its decision); every REVIEW and BLOCK decision (one request in ten moves 5,000
 *         EUR for a customer without KYC) must have its alert and its decision.flagged event, and no alert may lack
 *         its decision: the same commit holds them all. The database password comes from PGPASSFILE (the embedded
 *         server's warden.pgpass, which durability.sh passes), as psql takes it.
 * Loopback only.
 */
public class DurabilityCheck {
    static final String KEY = System.getenv().getOrDefault("WARDEN_API_KEY", "warden-local");

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String url = args[1];
        Path acks = Path.of(args[2]);
        if (!URI.create(url).getHost().matches("127\\.0\\.0\\.1|localhost")) throw new IllegalArgumentException("loopback only");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        if (mode.equals("load")) load(client, url, acks, Integer.parseInt(args[3]));
        else verify(client, url, acks, args[3]);
    }

    static void load(HttpClient client, String url, Path acks, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong sequence = new AtomicLong();
        String run = Long.toString(System.currentTimeMillis(), 36);
        try (BufferedWriter out = Files.newBufferedWriter(acks, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (true) {
                        long n = sequence.incrementAndGet();
                        String id = "dur-" + run + "-" + n;
                        String body = ("{\"transactionId\":\"%s\",\"occurredAt\":\"2026-11-20T10:%02d:%02dZ\",\"type\":\"WIRE\","
                                + "\"amount\":\"%d.00\",\"currency\":\"EUR\",\"originator\":{\"partyId\":\"c%d\",\"accountId\":\"a%d\"},"
                                + "\"beneficiary\":{\"name\":\"B\",\"accountId\":\"b%d\"}}").formatted(id, n / 60 % 60, n % 60,
                                n % 10 == 0 ? 5000 : 100 + n % 900, n % 500, n % 500, n % 300);
                        try {
                            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url + "/v1/decisions"))
                                    .header("X-API-Key", KEY).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 200) {
                                String decisionId = r.body().replaceAll("(?s).*\"decisionId\":\"([^\"]+)\".*", "$1");
                                synchronized (out) {
                                    out.write(id + "," + decisionId + "\n");
                                    out.flush();
                                }
                            }
                        } catch (Exception e) {
                            Thread.sleep(50); // the service is gone (killed) or restarting: keep trying until we are stopped
                        }
                    }
                });
            }
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        }
    }

    static void verify(HttpClient client, String url, Path acks, String jdbcUrl) throws Exception {
        List<String> lines = Files.readAllLines(acks);
        int missing = 0;
        for (String line : lines) {
            String[] parts = line.split(",");
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url + "/v1/decisions/" + parts[1]))
                    .header("X-API-Key", KEY).GET().build(), HttpResponse.BodyHandlers.ofString());
            // The record is stored as jsonb, whose text form has a space after each colon.
            boolean same = r.body().matches("(?s).*\"transactionId\"\\s*:\\s*\"" + java.util.regex.Pattern.quote(parts[0]) + "\".*");
            if (r.statusCode() != 200 || !same) {
                missing++;
                if (missing <= 5) System.out.println("NOT READ BACK: " + line + " -> " + r.statusCode());
            }
        }
        long orphanDecisions;
        long orphanHistory;
        long decisions;
        long flagged;
        long flaggedWithoutAlert;
        long flaggedWithoutEvent;
        long alertsWithoutDecision;
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", null)) {
            orphanDecisions = scalar(c, "SELECT count(*) FROM decisions d WHERE NOT EXISTS (SELECT 1 FROM transactions t WHERE t.transaction_id = d.transaction_id)");
            orphanHistory = scalar(c, "SELECT count(*) FROM transactions t WHERE NOT EXISTS (SELECT 1 FROM decisions d WHERE d.transaction_id = t.transaction_id)");
            decisions = scalar(c, "SELECT count(*) FROM decisions");
            flagged = scalar(c, "SELECT count(*) FROM decisions WHERE outcome <> 'ALLOW'");
            flaggedWithoutAlert = scalar(c, "SELECT count(*) FROM decisions d WHERE d.outcome <> 'ALLOW'"
                    + " AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.decision_id = d.decision_id)");
            flaggedWithoutEvent = scalar(c, "SELECT count(*) FROM decisions d WHERE d.outcome <> 'ALLOW'"
                    + " AND NOT EXISTS (SELECT 1 FROM events e WHERE e.type = 'decision.flagged'"
                    + " AND e.subject = d.decision_id::text)");
            alertsWithoutDecision = scalar(c, "SELECT count(*) FROM alerts a WHERE a.source = 'DECISION'"
                    + " AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.decision_id = a.decision_id)");
        }
        System.out.printf("acknowledged: %d, read back: %d, missing: %d%n", lines.size(), lines.size() - missing, missing);
        System.out.printf("decisions stored: %d (acknowledged or committed just before the kill), half-written: %d decisions without history, %d history rows without decision%n",
                decisions, orphanDecisions, orphanHistory);
        System.out.printf("REVIEW and BLOCK decisions: %d, without their alert: %d, without their decision.flagged event: %d;"
                + " alerts without their decision: %d%n", flagged, flaggedWithoutAlert, flaggedWithoutEvent,
                alertsWithoutDecision);
        boolean ok = missing == 0 && orphanDecisions == 0 && orphanHistory == 0 && !lines.isEmpty() && flagged > 0
                && flaggedWithoutAlert == 0 && flaggedWithoutEvent == 0 && alertsWithoutDecision == 0;
        System.out.println(ok ? "DURABLE: every acknowledged decision survived SIGKILL" : "FAILED");
        System.exit(ok ? 0 : 1);
    }

    static long scalar(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
