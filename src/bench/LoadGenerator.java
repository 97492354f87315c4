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
 *
 * A/B of the body format (src/bench/iso-ab.sh): {@code --ab json,pacs008 --pairs 4 --service-pid P --postgres-pid Q}
 * sends the same kind of transfers (wires between customers, drawn alike) as JSON and as ISO 20022 pacs.008 in
 * alternating slices of --seconds (A B, B A, ...), and reports each slice's decisions per second and CPU per
 * decision of the service and of its PostgreSQL (from /proc), then the median ratio of the pairs.
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
        String ab = arg(args, "--ab", null);
        if (ab != null) {
            Format[] formats = Arrays.stream(ab.split(",")).map(f -> Format.valueOf(f.trim().toUpperCase(Locale.ROOT)))
                    .toArray(Format[]::new);
            alternate(client, target, concurrency, seconds, warmup, accounts, run, sequence, formats,
                    Integer.parseInt(arg(args, "--pairs", "4")), Long.parseLong(arg(args, "--service-pid", "0")),
                    Long.parseLong(arg(args, "--postgres-pid", "0")));
            return;
        }

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

    /** What a request body carries the transfer in. MIXED is the default load (wires, near-structuring, crypto). */
    enum Format { MIXED, JSON, PACS008 }

    /**
     * Warm-up of each format, then {@code pairs} pairs of slices, the order flipped every pair (A B, B A, ...), so
     * that a drift of the machine's load weighs on both alike. Prints each slice and the median of the pairs' ratios.
     */
    static void alternate(HttpClient client, URI target, int concurrency, int seconds, int warmup, int accounts,
            String run, AtomicLong sequence, Format[] formats, int pairs, long servicePid, long postgresPid)
            throws Exception {
        if (formats.length != 2) throw new IllegalArgumentException("--ab takes two formats, such as json,pacs008");
        for (Format f : formats) {
            System.out.printf("warming up %s for %d s with %d clients...%n", f, warmup, concurrency);
            drive(client, target, concurrency, warmup, accounts, run + "w" + f.ordinal(), sequence, null, f);
        }
        double[] rateRatios = new double[pairs];
        double[] cpuRatios = new double[pairs];
        for (int pair = 0; pair < pairs; pair++) {
            double[] rate = new double[2];
            double[] cpu = new double[2];
            for (int k = 0; k < 2; k++) {
                int side = pair % 2 == 0 ? k : 1 - k;
                Format f = formats[side];
                double serviceBefore = cpuSeconds(servicePid, false), postgresBefore = cpuSeconds(postgresPid, true);
                Result r = drive(client, target, concurrency, seconds, accounts, run + "m" + pair + f.ordinal(), sequence,
                        null, f);
                double service = cpuSeconds(servicePid, false) - serviceBefore;
                double postgres = cpuSeconds(postgresPid, true) - postgresBefore;
                rate[side] = r.ok / (double) seconds;
                cpu[side] = r.ok == 0 ? 0 : (service + postgres) * 1000 / r.ok;
                System.out.printf(Locale.ROOT, "pair %d %-8s %7.0f decisions/s  CPU per decision: service %.2f ms, "
                        + "postgres %.2f ms (%d ok, %d failed)%n", pair + 1, f, rate[side],
                        r.ok == 0 ? 0 : service * 1000 / r.ok, r.ok == 0 ? 0 : postgres * 1000 / r.ok, r.ok, r.failed);
                if (r.failed > 0) System.exit(1);
            }
            rateRatios[pair] = rate[1] / rate[0];
            cpuRatios[pair] = cpu[1] / cpu[0];
        }
        System.out.printf(Locale.ROOT, "median %s/%s: decisions/s x%.3f, CPU per decision (service + postgres) x%.3f%n",
                formats[1], formats[0], median(rateRatios), median(cpuRatios));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** User + system CPU seconds of a process (with children: and of every process whose parent it is); 0 for pid 0. */
    static double cpuSeconds(long pid, boolean withChildren) throws java.io.IOException {
        if (pid == 0) return 0;
        long ticks = ticks(stat(pid));
        if (withChildren) {
            try (var procs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
                for (var dir : procs.filter(d -> d.getFileName().toString().matches("[0-9]+")).toList()) {
                    String[] stat = stat(Long.parseLong(dir.getFileName().toString()));
                    if (stat != null && Long.parseLong(stat[1]) == pid) ticks += ticks(stat);
                }
            }
        }
        return ticks / 100.0; // USER_HZ, 100 on Linux
    }

    private static long ticks(String[] stat) {
        return stat == null ? 0 : Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
    }

    /** The fields of /proc/PID/stat after the command name (state, ppid, ...: utime is [11], stime [12]), or null. */
    private static String[] stat(long pid) {
        try {
            String line = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (java.io.IOException | RuntimeException e) {
            return null; // the process ended meanwhile
        }
    }

    static Result drive(HttpClient client, URI target, int concurrency, int seconds, int accounts, String run,
            AtomicLong sequence, long[][] latencies) throws InterruptedException {
        return drive(client, target, concurrency, seconds, accounts, run, sequence, latencies, Format.MIXED);
    }

    static Result drive(HttpClient client, URI target, int concurrency, int seconds, int accounts, String run,
            AtomicLong sequence, long[][] latencies, Format format) throws InterruptedException {
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
                    String id = run + "-" + sequence.incrementAndGet();
                    String body = switch (format) {
                        case MIXED -> body(id, accounts);
                        case JSON -> wire(id, accounts, false);
                        case PACS008 -> wire(id, accounts, true);
                    };
                    HttpRequest request = HttpRequest.newBuilder(target).header("X-API-Key", System.getenv().getOrDefault("WARDEN_API_KEY", "warden-local")).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", format == Format.PACS008 ? "application/xml" : "application/json")
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

    /**
     * A wire between customers, as JSON or as the pacs.008.001.08 that maps to the same request (docs/iso20022.md):
     * the debtor's customer number (scheme CUST) is its partyId, the accounts are Othr ids, both agents by BIC, the
     * UETR the transactionId; the JSON names the same channel so that the two record the same fields.
     */
    static String wire(String id, int accounts, boolean iso) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        int from = r.nextInt(accounts);
        int to = r.nextInt(accounts);
        String occurredAt = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(System.nanoTime() / 1_000_000 % 2_000_000).toString();
        String amount = (50 + r.nextInt(4000)) + ".00";
        String purpose = "invoice " + r.nextInt(100000);
        String uetr = java.util.UUID.randomUUID().toString();
        if (!iso) {
            return """
                    {"transactionId":"%s","occurredAt":"%s","type":"WIRE","amount":"%s","currency":"EUR",
                     "originator":{"partyId":"cust-%d","name":"Customer %d","type":"INDIVIDUAL","country":"DE","accountId":"acc-%d","bic":"DEUTDEFFXXX"},
                     "beneficiary":{"name":"Supplier %d","type":"COMPANY","country":"AE","accountId":"acc-%d","bic":"EBILAEADXXX"},
                     "channel":"pacs.008.001.08","purpose":"%s"}""".formatted(uetr, occurredAt, amount, from, from, from,
                    to, to, purpose);
        }
        return """
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><FIToFICstmrCdtTrf>
                <GrpHdr><MsgId>%s</MsgId><CreDtTm>%s</CreDtTm><NbOfTxs>1</NbOfTxs><SttlmInf><SttlmMtd>INDA</SttlmMtd></SttlmInf></GrpHdr>
                <CdtTrfTxInf><PmtId><EndToEndId>%s</EndToEndId><UETR>%s</UETR></PmtId>
                <IntrBkSttlmAmt Ccy="EUR">%s</IntrBkSttlmAmt><AccptncDtTm>%s</AccptncDtTm><ChrgBr>SHAR</ChrgBr>
                <Dbtr><Nm>Customer %d</Nm><PstlAdr><Ctry>DE</Ctry></PstlAdr><Id><PrvtId><Othr><Id>cust-%d</Id><SchmeNm><Cd>CUST</Cd></SchmeNm></Othr></PrvtId></Id></Dbtr>
                <DbtrAcct><Id><Othr><Id>acc-%d</Id></Othr></Id></DbtrAcct>
                <DbtrAgt><FinInstnId><BICFI>DEUTDEFFXXX</BICFI></FinInstnId></DbtrAgt>
                <CdtrAgt><FinInstnId><BICFI>EBILAEADXXX</BICFI></FinInstnId></CdtrAgt>
                <Cdtr><Nm>Supplier %d</Nm><PstlAdr><Ctry>AE</Ctry></PstlAdr><Id><OrgId><Othr><Id>sup-%d</Id></Othr></OrgId></Id></Cdtr>
                <CdtrAcct><Id><Othr><Id>acc-%d</Id></Othr></Id></CdtrAcct>
                <RmtInf><Ustrd>%s</Ustrd></RmtInf></CdtTrfTxInf></FIToFICstmrCdtTrf></Document>""".formatted(id, occurredAt, id,
                uetr, amount, occurredAt, from, from, from, to, to, to, purpose);
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
