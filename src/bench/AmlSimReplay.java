import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replays a labelled AMLSim data set through a running Warden's real decision endpoint and measures the layering
 * rules against the labels. Customers are onboarded first as verified parties (PUT /v1/parties), then every
 * transaction is decided (POST /v1/decisions) one at a time in time order (ties by tran_id), so each decision sees
 * exactly the history before it. Labels are read only to score the answers; prior_sar_count (which leaks the
 * label) is never read.
 *
 * Run with: java src/bench/AmlSimReplay.java --url http://127.0.0.1:18081 --data ../shared/data/amlsim
 * [--import-until 2017-04-01] [--fired FILE]. Loopback only.
 */
public class AmlSimReplay {
    private static final Pattern RULE_ID = Pattern.compile("\"ruleId\"\\s*:\\s*\"([A-Z0-9_]+)\"\\s*,\\s*\"category\"\\s*:\\s*\"LAYERING\"");

    record Tx(String id, String from, String to, String amount, String at, boolean sar, String alertId) {
    }

    record Alert(String type, boolean sar) {
    }

    public static void main(String[] args) throws Exception {
        String url = arg(args, "--url", "http://127.0.0.1:8080");
        Path data = Path.of(arg(args, "--data", "../shared/data/amlsim"));
        String prefix = arg(args, "--prefix", "amlsim");
        URI base = URI.create(url);
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(base.getHost())) {
            throw new IllegalArgumentException("replay only talks to this machine, not " + base.getHost());
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        List<Map<String, String>> accounts = csv(data.resolve("accounts.csv"));
        for (Map<String, String> a : accounts) {
            put(client, url + "/v1/parties/" + prefix + "-" + a.get("acct_id"), profile(a));
        }
        System.err.printf("onboarded %d customers%n", accounts.size());

        Map<String, Alert> alerts = new HashMap<>();
        for (Map<String, String> r : csv(data.resolve("alert_transactions.csv"))) {
            alerts.put(r.get("alert_id"), new Alert(r.get("alert_type"), Boolean.parseBoolean(r.get("is_sar"))));
        }
        Map<String, String> names = new HashMap<>();
        for (Map<String, String> a : accounts) names.put(a.get("acct_id"), a.get("first_name") + " " + a.get("last_name"));
        List<Tx> transactions = new ArrayList<>();
        for (Map<String, String> r : csv(data.resolve("transactions.csv"))) {
            transactions.add(new Tx(r.get("tran_id"), r.get("orig_acct"), r.get("bene_acct"), r.get("base_amt"),
                    r.get("tran_timestamp"), Boolean.parseBoolean(r.get("is_sar")), r.get("alert_id")));
        }
        transactions.sort(Comparator.comparing((Tx t) -> Instant.parse(t.at())).thenComparingLong(t -> Long.parseLong(t.id())));

        // --import-until DATE: what occurred before DATE is loaded as history (POST /v1/history/import, no decision),
        // as a bank going live with its past would; only the rest is decided and reported.
        String importUntil = arg(args, "--import-until", null);
        if (importUntil != null) {
            Map<String, String> countries = new HashMap<>();
            for (Map<String, String> a : accounts) countries.put(a.get("acct_id"), a.get("country"));
            List<Tx> past = transactions.stream().filter(t -> t.at().compareTo(importUntil) < 0).toList();
            long imported = 0;
            // Bodies of 5,000 rows stay well under the service's 1 MB body limit.
            for (int from = 0; from < past.size(); from += 5000) {
                StringBuilder csv = new StringBuilder("transaction_id,occurred_at,type,amount,currency,amount_usd,"
                        + "originator_account,beneficiary_account,originator_party_id,beneficiary_party_id,"
                        + "originator_country,beneficiary_country,asset,chain\n");
                for (Tx t : past.subList(from, Math.min(past.size(), from + 5000))) {
                    csv.append(String.join(",", prefix + "-" + t.id(), t.at(), "WIRE", t.amount(), "USD", t.amount(),
                            prefix + "-acct-" + t.from(), prefix + "-acct-" + t.to(), prefix + "-" + t.from(),
                            prefix + "-" + t.to(), countries.getOrDefault(t.from(), ""), countries.getOrDefault(t.to(), ""),
                            "", "")).append('\n');
                }
                String answer = send(client, HttpRequest.newBuilder(URI.create(url + "/v1/history/import"))
                        .header("X-API-Key", System.getenv().getOrDefault("WARDEN_API_KEY", "warden-local"))
                        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString())));
                Matcher m = Pattern.compile("\"imported\":(\\d+)").matcher(answer);
                if (m.find()) imported += Long.parseLong(m.group(1));
            }
            System.err.printf("imported %d transactions before %s as history%n", imported, importUntil);
            System.out.printf("%d transactions before %s imported as history, not decided; the figures below are the rest%n%n",
                    past.size(), importUntil);
            transactions = transactions.stream().filter(t -> t.at().compareTo(importUntil) >= 0).toList();
        }

        Map<String, Set<String>> firedBy = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (Tx t : transactions) {
            String answer = post(client, url + "/v1/decisions", decision(prefix, t, names));
            Set<String> fired = new TreeSet<>();
            Matcher m = RULE_ID.matcher(answer);
            while (m.find()) fired.add(m.group(1));
            firedBy.put(t.id(), fired);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf(Locale.ROOT, "decided %d transactions in %.1f s%n", transactions.size(), seconds);
        System.out.print(report(transactions, alerts, firedBy));
        String fired = arg(args, "--fired", null);
        if (fired != null) {
            List<String> lines = new ArrayList<>();
            for (Tx t : transactions) lines.add(t.id() + "," + String.join(" ", firedBy.get(t.id())));
            Files.write(Path.of(fired), lines);
        }
    }

    /** The report: per pattern, groups detected and transaction-level recall and precision; normal traffic flagged. */
    static String report(List<Tx> transactions, Map<String, Alert> alerts, Map<String, Set<String>> firedBy) {
        Map<String, Set<String>> groups = new TreeMap<>();
        Map<String, Set<String>> detected = new TreeMap<>();
        Map<String, int[]> members = new TreeMap<>(); // pattern -> {members, flagged}
        Map<String, int[]> perRule = new TreeMap<>(); // rule -> {on laundering, on normal}
        int normal = 0, normalFlagged = 0, flagged = 0, flaggedSar = 0;
        for (Tx t : transactions) {
            Set<String> fired = firedBy.get(t.id());
            boolean hit = !fired.isEmpty();
            if (hit) flagged++;
            if (hit && t.sar()) flaggedSar++;
            for (String rule : fired) perRule.computeIfAbsent(rule, r -> new int[2])[t.sar() ? 0 : 1]++;
            if (!t.sar()) {
                normal++;
                if (hit) normalFlagged++;
            }
            Alert alert = alerts.get(t.alertId());
            if (alert == null) continue;
            String pattern = alert.type() + (alert.sar() ? "" : " (false alert)");
            groups.computeIfAbsent(pattern, p -> new TreeSet<>()).add(t.alertId());
            int[] counts = members.computeIfAbsent(pattern, p -> new int[2]);
            counts[0]++;
            if (hit) {
                counts[1]++;
                detected.computeIfAbsent(pattern, p -> new TreeSet<>()).add(t.alertId());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d transactions, %d laundering, %d normal (of which %d in false-alert groups)%n%n",
                transactions.size(), transactions.size() - normal, normal,
                members.entrySet().stream().filter(e -> e.getKey().contains("false")).mapToInt(e -> e.getValue()[0]).sum()));
        out.append("| pattern | groups detected | transactions flagged (recall) |\n|---|---|---|\n");
        groups.forEach((pattern, ids) -> {
            int[] c = members.get(pattern);
            int d = detected.getOrDefault(pattern, Set.of()).size();
            out.append(String.format(Locale.ROOT, "| %s | %d / %d (%.0f%%) | %d / %d (%.0f%%) |%n", pattern, d, ids.size(),
                    100.0 * d / ids.size(), c[1], c[0], 100.0 * c[1] / c[0]));
        });
        out.append(String.format(Locale.ROOT, "%nflagged: %d transactions; precision %.1f%% (laundering among flagged); "
                + "normal transactions flagged: %d / %d = %.2f%%%n%n", flagged, flagged == 0 ? 0 : 100.0 * flaggedSar / flagged,
                normalFlagged, normal, 100.0 * normalFlagged / normal));
        out.append("| rule | fired on laundering | fired on normal | precision |\n|---|---|---|---|\n");
        perRule.forEach((rule, c) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f%% |%n", rule, c[0], c[1],
                100.0 * c[0] / (c[0] + c[1]))));
        out.append(months(transactions, firedBy));
        out.append(splits(transactions, alerts, firedBy));
        return out.toString();
    }

    /** Normal transactions flagged per month and in the last quarter, so a start-up effect shows instead of averaging away. */
    static String months(List<Tx> transactions, Map<String, Set<String>> firedBy) {
        Map<String, int[]> perMonth = new TreeMap<>(); // yyyy-mm -> {normal, flagged}
        for (Tx t : transactions) {
            if (t.sar()) continue;
            int[] c = perMonth.computeIfAbsent(t.at().substring(0, 7), m -> new int[2]);
            c[0]++;
            if (!firedBy.get(t.id()).isEmpty()) c[1]++;
        }
        StringBuilder out = new StringBuilder("\n| month | normal transactions | flagged | rate |\n|---|---|---|---|\n");
        perMonth.forEach((month, c) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f%% |%n", month, c[0],
                c[1], 100.0 * c[1] / c[0])));
        List<String> keys = new ArrayList<>(perMonth.keySet());
        int normal = 0, flagged = 0;
        for (String month : keys.subList(Math.max(0, keys.size() - 3), keys.size())) {
            normal += perMonth.get(month)[0];
            flagged += perMonth.get(month)[1];
        }
        out.append(String.format(Locale.ROOT, "%nlast quarter (last three months): normal transactions flagged %d / %d = %.2f%%%n",
                flagged, normal, normal == 0 ? 0 : 100.0 * flagged / normal));
        return out.toString();
    }

    /**
     * The same figures on two halves of the data, so thresholds chosen on one half can be checked on the other: an
     * alert group belongs to the tuning half when its alert_id is even, a normal transaction when its originator's
     * acct_id is even (an account's traffic stays on one side); the rest is the held-out half.
     */
    static String splits(List<Tx> transactions, Map<String, Alert> alerts, Map<String, Set<String>> firedBy) {
        StringBuilder out = new StringBuilder("\n| split | pattern groups detected | normal flagged | last quarter |\n|---|---|---|---|\n");
        String lastQuarter = transactions.isEmpty() ? "" : lastQuarterStart(transactions);
        for (String split : List.of("tuning", "held-out")) {
            int parity = split.equals("tuning") ? 0 : 1;
            Map<String, Set<String>> groups = new TreeMap<>();
            Map<String, Set<String>> detected = new TreeMap<>();
            int normal = 0, flagged = 0, normalLate = 0, flaggedLate = 0;
            for (Tx t : transactions) {
                boolean hit = !firedBy.get(t.id()).isEmpty();
                Alert alert = alerts.get(t.alertId());
                if (alert != null && Math.floorMod(Long.parseLong(t.alertId()), 2) == parity) {
                    String pattern = alert.type() + (alert.sar() ? "" : " (false)");
                    groups.computeIfAbsent(pattern, p -> new TreeSet<>()).add(t.alertId());
                    if (hit) detected.computeIfAbsent(pattern, p -> new TreeSet<>()).add(t.alertId());
                }
                if (!t.sar() && Math.floorMod(Long.parseLong(t.from()), 2) == parity) {
                    normal++;
                    if (hit) flagged++;
                    if (t.at().compareTo(lastQuarter) >= 0) {
                        normalLate++;
                        if (hit) flaggedLate++;
                    }
                }
            }
            StringBuilder found = new StringBuilder();
            groups.forEach((p, ids) -> found.append(found.isEmpty() ? "" : ", ").append(p).append(' ')
                    .append(detected.getOrDefault(p, Set.of()).size()).append('/').append(ids.size()));
            out.append(String.format(Locale.ROOT, "| %s | %s | %d / %d = %.2f%% | %.2f%% |%n", split, found, flagged, normal,
                    normal == 0 ? 0 : 100.0 * flagged / normal, normalLate == 0 ? 0 : 100.0 * flaggedLate / normalLate));
        }
        return out.toString();
    }

    /** The first day of the third-last month in the data (2017-10 for a calendar year). */
    static String lastQuarterStart(List<Tx> transactions) {
        TreeSet<String> months = new TreeSet<>();
        for (Tx t : transactions) months.add(t.at().substring(0, 7));
        List<String> keys = new ArrayList<>(months);
        return keys.get(Math.max(0, keys.size() - 3));
    }

    /** A verified customer; the account was opened at the simulation's step open_dt (days from 2017-01-01). */
    static String profile(Map<String, String> a) {
        LocalDate opened = LocalDate.of(2017, 1, 1).plusDays(Long.parseLong(a.get("open_dt")));
        return """
                {"name": "%s %s", "type": "%s", "country": "%s", "kycStatus": "VERIFIED", "kycLevel": 2,
                 "verifiedAt": "%s", "expiresAt": "2019-12-31", "riskRating": "LOW", "pep": false,
                 "beneficialOwnersKnown": true, "accountOpenedOn": "%s"}""".formatted(a.get("first_name"),
                a.get("last_name"), "I".equals(a.get("type")) ? "INDIVIDUAL" : "COMPANY", a.get("country"), opened, opened);
    }

    static String decision(String prefix, Tx t, Map<String, String> names) {
        return """
                {"transactionId": "%s-%s", "occurredAt": "%s", "type": "WIRE", "amount": "%s", "currency": "USD",
                 "originator": {"partyId": "%s-%s", "name": "%s", "type": "INDIVIDUAL", "accountId": "%s-acct-%s"},
                 "beneficiary": {"partyId": "%s-%s", "name": "%s", "type": "INDIVIDUAL", "accountId": "%s-acct-%s"}}"""
                .formatted(prefix, t.id(), t.at(), t.amount(), prefix, t.from(), names.get(t.from()), prefix, t.from(),
                        prefix, t.to(), names.get(t.to()), prefix, t.to());
    }

    static List<Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length && i < cells.length; i++) row.put(header[i], cells[i]);
            rows.add(row);
        }
        return rows;
    }

    static void put(HttpClient client, String url, String body) throws Exception {
        send(client, HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", System.getenv().getOrDefault("WARDEN_API_KEY", "warden-local")).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String post(HttpClient client, String url, String body) throws Exception {
        return send(client, HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", System.getenv().getOrDefault("WARDEN_API_KEY", "warden-local")).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String send(HttpClient client, HttpRequest.Builder request) throws Exception {
        if (request.build().headers().firstValue("Content-Type").isEmpty()) request.header("Content-Type", "application/json");
        HttpResponse<String> response = client.send(request
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) if (args[i].equals(name)) return args[i + 1];
        return fallback;
    }
}
