package dev.warden.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.http.HttpMethod;

/**
 * The decision benchmark behind src/bench/decision-bench.sh (which starts the services): for one service, or two
 * side by side (A/B), a warm-up from the first request until the JIT is quiet (the start-up curve), then rounds of
 * (a) a closed loop of {@code --clients} clients and (b) an open loop at {@code --rate} requests per second offered,
 * alternating A B, B A, ... so that the box's drift falls on both alike. Prints the report, a markdown table, on
 * standard output; progress on standard error.
 *
 * <p>{@code --setup URL}: pushes the verified customers' KYC profiles ({@link Traffic}) to the service at URL, which
 * the script then restarts, so the measured JVM starts fresh on a database that holds them.
 */
public final class DecisionBench {
    private DecisionBench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = new Options(args);
        String stages = o.text("--stages", null);
        if (stages != null) {
            System.out.print(StageProfile.of(java.nio.file.Path.of(stages)));
            return;
        }
        try (Load load = new Load(System.getenv().getOrDefault("WARDEN_API_KEY", "warden-local"))) {
            run(o, load);
        }
    }

    private static void run(Options o, Load load) throws Exception {
        String setup = o.text("--setup", null);
        if (setup != null) {
            pushProfiles(load, Service.parse("label=setup,url=" + setup, o.customers), o.customers);
            return;
        }
        List<Service> services = o.all("--service").stream().map(s -> Service.parse(s, o.customers)).toList();
        if (services.isEmpty() || services.size() > 2) throw new IllegalArgumentException("one or two --service");
        String loadBefore = ProcessCpu.loadAverage();
        String jfr = o.text("--jfr", null);
        // A first recording before the warm-up: turning JFR on slows a JIT-settled service for minutes after (seen as
        // a third of the throughput in the next round), so that cost falls into the warm-up, not into the rounds.
        if (jfr != null) for (Service s : services) jcmd(s, "JFR.start", "name=warm-up", "settings=profile");
        List<Warmup.Curve> curves = new ArrayList<>();
        for (Service service : services) {
            System.err.println("warming up " + service.label() + " from its first request");
            curves.add(Warmup.run(load, service, o.clients, o.warmupMin, o.warmupMax));
        }
        if (jfr != null) for (Service s : services) {
            jcmd(s, "JFR.start", "name=bench", "settings=profile", "filename=" + jfr + "/" + s.label() + ".jfr");
            jcmd(s, "JFR.stop", "name=warm-up");
        }
        List<List<Slice>> closed = new ArrayList<>(), open = new ArrayList<>();
        services.forEach(s -> {
            closed.add(new ArrayList<>());
            open.add(new ArrayList<>());
        });
        for (int round = 0; round < o.rounds; round++) {
            for (int i = 0; i < services.size(); i++) {
                int which = round % 2 == 0 ? i : services.size() - 1 - i;
                Service service = services.get(which);
                Slice c = load.closed(service, o.clients, o.seconds);
                Slice p = load.open(service, o.rate, o.seconds);
                closed.get(which).add(c);
                open.get(which).add(p);
                System.err.printf(Locale.ROOT, "round %d %s: %.0f decisions/s at %d clients (%s); at %d/s: p50 %.2f p99 %.2f "
                        + "ms, %d failed; CPU ms/decision %.2f + PG %.2f; load %s%n", round + 1, service.label(), c.rate(),
                        o.clients, Answers.describe(c.answers().outcomeShares()), o.rate, p.latencyMs(50), p.latencyMs(99),
                        p.answers().failed.get(), c.servicePerDecision(), c.postgresPerDecision(), ProcessCpu.loadAverage());
            }
        }
        if (jfr != null) for (Service s : services) jcmd(s, "JFR.stop", "name=bench");
        System.out.print(new Report(o, services, curves, closed, open, loadBefore, ProcessCpu.loadAverage()));
    }

    /** Runs a diagnostic command in the service's JVM (JFR.start, JFR.stop). */
    static void jcmd(Service service, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of("jcmd", Long.toString(service.pid())));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IllegalStateException(line + ": " + out);
    }

    /** PUT /v1/parties/cust-N for every verified customer, 8 at a time, each retried while the service answers 503. */
    static void pushProfiles(Load load, Service service, int customers) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        AtomicLong failed = new AtomicLong(), pushed = new AtomicLong();
        for (int c = 0; c < customers; c++) {
            if (!Traffic.verified(c)) continue;
            int customer = c;
            pool.submit(() -> {
                java.net.URI party = service.base().resolve("/v1/parties/" + Traffic.partyId(customer));
                for (int attempt = 1; ; attempt++) {
                    Load.Answer r = load.sendAndWait(party, HttpMethod.PUT, Traffic.profile(customer));
                    if (r.status() / 100 == 2) break;
                    if (r.status() != 503 || attempt == 10) {
                        if (failed.incrementAndGet() <= 3) System.err.println(r.status() + " " + r.body());
                        break;
                    }
                    Thread.sleep(500L * attempt);
                }
                pushed.incrementAndGet();
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        System.err.printf("pushed %d verified profiles of %d customers, %d failed%n", pushed.get(), customers, failed.get());
        if (failed.get() > 0) System.exit(1);
    }

    /** The command line. */
    static final class Options {
        final String[] args;
        final int customers, clients, rate, rounds, seconds, warmupMin, warmupMax;

        Options(String[] args) {
            this.args = args;
            customers = number("--customers", 5000);
            clients = number("--clients", 32);
            rate = number("--rate", 1000);
            rounds = number("--rounds", 5);
            seconds = number("--seconds", 20);
            warmupMin = number("--warmup-min", 60);
            warmupMax = number("--warmup-max", 300);
        }

        String text(String name, String fallback) {
            for (int i = 0; i < args.length - 1; i++) if (args[i].equals(name)) return args[i + 1];
            return fallback;
        }

        List<String> all(String name) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < args.length - 1; i++) if (args[i].equals(name)) values.add(args[i + 1]);
            return values;
        }

        int number(String name, int fallback) {
            return Integer.parseInt(text(name, Integer.toString(fallback)));
        }

        @Override
        public String toString() {
            return Arrays.toString(args);
        }
    }
}
