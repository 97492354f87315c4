package dev.warden.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The benchmark's report as markdown: one column per service, medians over the rounds, and with two services the
 * median of the per-round ratios B/A (each round measured A and B within a minute of each other).
 */
final class Report {
    private final DecisionBench.Options o;
    private final List<Service> services;
    private final List<Warmup.Curve> curves;
    private final List<List<Slice>> closed, open;
    private final String loadBefore, loadAfter;

    Report(DecisionBench.Options o, List<Service> services, List<Warmup.Curve> curves, List<List<Slice>> closed,
            List<List<Slice>> open, String loadBefore, String loadAfter) {
        this.o = o;
        this.services = services;
        this.curves = curves;
        this.closed = closed;
        this.open = open;
        this.loadBefore = loadBefore;
        this.loadAfter = loadAfter;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%n## Decision benchmark%n%n%d cores, %s; load average %s before, %s after; "
                + "%d customers, %d rounds of %d s closed loop (%d clients) + %d s open loop (%d/s offered)%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.version"), loadBefore, loadAfter, o.customers, o.rounds, o.seconds,
                o.clients, o.seconds, o.rate));
        sb.append("| ").append("measure");
        services.forEach(s -> sb.append(" | ").append(s.label()));
        if (services.size() == 2) sb.append(" | B/A (median of rounds)");
        sb.append(" |\n|---");
        services.forEach(s -> sb.append("|---"));
        if (services.size() == 2) sb.append("|---");
        sb.append("|\n");

        ratioRow(sb, "(a) decisions/s, " + o.clients + " clients, closed loop", closed, Slice::rate, "%.0f");
        listRow(sb, "(a) each round", closed, Slice::rate);
        for (double p : new double[] {50, 90, 99, 99.9}) {
            ratioRow(sb, "(b) latency p" + trim(p) + " ms at " + o.rate + "/s offered, open loop", open,
                    s -> s.latencyMs(p), "%.2f");
        }
        ratioRow(sb, "(b) latency max ms", open, s -> s.latency().getMaxValue() / 1000.0, "%.1f");
        ratioRow(sb, "(b) decisions/s answered at " + o.rate + "/s", open, Slice::rate, "%.0f");
        ratioRow(sb, "(c) CPU ms/decision, service, at " + o.clients + " clients", closed, Slice::servicePerDecision, "%.3f");
        ratioRow(sb, "(c) CPU ms/decision, PostgreSQL, at " + o.clients + " clients", closed, Slice::postgresPerDecision, "%.3f");
        ratioRow(sb, "(c) CPU ms/decision, generator, at " + o.clients + " clients", closed, Slice::generatorPerDecision, "%.3f");
        ratioRow(sb, "(c) CPU ms/decision, service, at " + o.rate + "/s", open, Slice::servicePerDecision, "%.3f");
        ratioRow(sb, "(c) CPU ms/decision, PostgreSQL, at " + o.rate + "/s", open, Slice::postgresPerDecision, "%.3f");
        ratioRow(sb, "(c) CPU ms/decision, generator, at " + o.rate + "/s", open, Slice::generatorPerDecision, "%.3f");
        startupRows(sb);
        for (int stage = 0; stage < Answers.STAGES.size(); stage++) {
            int index = stage;
            ratioRow(sb, "stage " + Answers.STAGES.get(stage).replace("Micros", "") + " µs, mean / p99, at " + o.rate + "/s",
                    open, s -> s.answers().stageMean(index), "%.0f", s -> s.answers().stage(index, 99));
        }
        journalRows(sb);
        int total = Answers.STAGES.indexOf("totalMicros");
        ratioRow(sb, "outside the decision (HTTP, parse, validate, serialise), µs p50 at " + o.rate + "/s", open,
                s -> s.latency().getValueAtPercentile(50) - s.answers().stage(total, 50), "%.0f");
        textRow(sb, "outcomes, last round at " + o.clients + " clients", closed,
                s -> Answers.describe(s.answers().outcomeShares()));
        textRow(sb, "most frequent findings, last round", closed, s -> s.answers().topRules(6).toString());
        long failed = 0;
        for (List<List<Slice>> kind : List.of(closed, open)) {
            for (List<Slice> slices : kind) for (Slice s : slices) failed += s.answers().failed.get();
        }
        sb.append(String.format(Locale.ROOT, "%nfailed requests: %d%n", failed));
        return sb.toString();
    }

    /** The persist stage taken apart by the service's own meters (bucket bounds for p99), and the GC pauses. */
    private void journalRows(StringBuilder sb) {
        String at = " at " + o.rate + "/s";
        ratioRow(sb, "group commit: decisions per commit, mean / p99," + at, open,
                s -> s.meters().mean("warden_journal_batch", 1), "%.1f",
                s -> s.meters().quantile("warden_journal_batch", 0.99, 1));
        for (String[] part : new String[][] {{"wait", "waiting for a writer"}, {"commit", "the commit"},
            {"catchup", "the history's catch-up"}}) {
            String name = "warden_journal_" + part[0] + "_seconds";
            ratioRow(sb, "group commit: " + part[1] + " µs, mean / p99," + at, open, s -> s.meters().mean(name, 1e6),
                    "%.0f", s -> s.meters().quantile(name, 0.99, 1e6));
        }
        gcRow(sb, "at " + o.clients + " clients", closed);
        gcRow(sb, at.trim(), open);
    }

    private void gcRow(StringBuilder sb, String when, List<List<Slice>> slices) {
        ratioRow(sb, "GC pauses per second / ms paused per second, " + when, slices,
                s -> s.meters().count("jvm_gc_pause_seconds") / s.seconds(), "%.2f",
                s -> 1000 * s.meters().values().getOrDefault("jvm_gc_pause_seconds_sum", 0.0) / s.seconds());
    }

    private void startupRows(StringBuilder sb) {
        sb.append("| (d) launch to ready, s");
        services.forEach(s -> sb.append(String.format(Locale.ROOT, " | %.1f", (s.readyAtMs() - s.launchedAtMs()) / 1000.0)));
        if (services.size() == 2) sb.append(" | ");
        sb.append(" |\n| (d) first request to 80% of steady throughput, s");
        for (int i = 0; i < services.size(); i++) {
            int t = curves.get(i).secondsTo(0.8, median(closed.get(i), Slice::rate));
            sb.append(" | ").append(t < 0 ? "not within the warm-up" : Integer.toString(t));
        }
        if (services.size() == 2) sb.append(" | ");
        sb.append(" |\n| (d) decisions/s over the first 10 s / 30 s");
        for (Warmup.Curve curve : curves) {
            sb.append(String.format(Locale.ROOT, " | %.0f / %.0f", curve.meanOverFirst(10), curve.meanOverFirst(30)));
        }
        if (services.size() == 2) sb.append(" | ");
        sb.append(" |\n| warm-up: seconds, JIT share of a core in its last 5 s");
        for (Warmup.Curve curve : curves) {
            sb.append(String.format(Locale.ROOT, " | %d, %.0f%%%s", curve.seconds(), 100 * curve.compilerShare(),
                    curve.settled() ? "" : " (not settled)"));
        }
        if (services.size() == 2) sb.append(" | ");
        sb.append(" |\n");
    }

    private void ratioRow(StringBuilder sb, String label, List<List<Slice>> slices, ToDoubleFunction<Slice> value,
            String format) {
        ratioRow(sb, label, slices, value, format, null);
    }

    /** A row of medians; with {@code second}, "median / median of second" per service. */
    private void ratioRow(StringBuilder sb, String label, List<List<Slice>> slices, ToDoubleFunction<Slice> value,
            String format, ToDoubleFunction<Slice> second) {
        sb.append("| ").append(label);
        for (List<Slice> mine : slices) {
            sb.append(" | ").append(String.format(Locale.ROOT, format, median(mine, value)));
            if (second != null) sb.append(" / ").append(String.format(Locale.ROOT, format, median(mine, second)));
        }
        if (slices.size() == 2) {
            double[] ratios = new double[slices.get(0).size()];
            for (int r = 0; r < ratios.length; r++) {
                ratios[r] = value.applyAsDouble(slices.get(1).get(r)) / value.applyAsDouble(slices.get(0).get(r));
            }
            sb.append(String.format(Locale.ROOT, " | %.2f", median(ratios)));
        }
        sb.append(" |\n");
    }

    private void listRow(StringBuilder sb, String label, List<List<Slice>> slices, ToDoubleFunction<Slice> value) {
        textRow(sb, label, slices, s -> String.format(Locale.ROOT, "%.0f", value.applyAsDouble(s)));
    }

    /** Each service's values of every round (a text per slice, joined). */
    private void textRow(StringBuilder sb, String label, List<List<Slice>> slices, java.util.function.Function<Slice, String> text) {
        sb.append("| ").append(label);
        for (List<Slice> mine : slices) {
            List<String> values = new ArrayList<>();
            if (label.startsWith("(a)")) mine.forEach(s -> values.add(text.apply(s)));
            else values.add(text.apply(mine.get(mine.size() - 1)));
            sb.append(" | ").append(String.join(" ", values));
        }
        if (slices.size() == 2) sb.append(" | ");
        sb.append(" |\n");
    }

    static double median(List<Slice> slices, ToDoubleFunction<Slice> value) {
        return median(slices.stream().mapToDouble(value).toArray());
    }

    static double median(double[] values) {
        if (values.length == 0) return Double.NaN;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String trim(double p) {
        return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
    }
}
