package dev.warden.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the answers of one slice said: how many were decided and how many failed, the outcome mix, the rules that
 * raised findings, and the service's own stage timings of each decision ({@code timings} of the answer).
 */
final class Answers {
    /** The stages a decision answer reports, in microseconds, in this order. */
    static final List<String> STAGES = List.of("enrichMicros", "historyMicros", "screeningMicros", "rulesMicros",
            "persistMicros", "totalMicros");
    private static final List<Pattern> TIMINGS = STAGES.stream()
            .map(name -> Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)")).toList();
    private static final Pattern OUTCOME = Pattern.compile("\"outcome\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern RULE = Pattern.compile("\"ruleId\"\\s*:\\s*\"(\\w+)\"");

    final LongAdder ok = new LongAdder();
    final AtomicLong failed = new AtomicLong();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> rules = new ConcurrentHashMap<>();
    private final List<long[]> timings = new ArrayList<>();

    /** Counts one answer; returns whether it was a decision (200 with timings). */
    boolean record(int status, String body) {
        if (status != 200) {
            fail(status + " " + body);
            return false;
        }
        long[] took = new long[TIMINGS.size()];
        for (int i = 0; i < took.length; i++) {
            Matcher m = TIMINGS.get(i).matcher(body);
            if (!m.find()) {
                fail("no timings in " + body);
                return false;
            }
            took[i] = Long.parseLong(m.group(1));
        }
        Matcher outcome = OUTCOME.matcher(body);
        outcomes.computeIfAbsent(outcome.find() ? outcome.group(1) : "?", k -> new LongAdder()).increment();
        Matcher rule = RULE.matcher(body);
        while (rule.find()) rules.computeIfAbsent(rule.group(1), k -> new LongAdder()).increment();
        synchronized (timings) {
            timings.add(took);
        }
        ok.increment();
        return true;
    }

    void fail(String why) {
        if (failed.incrementAndGet() <= 3) System.err.println("failed: " + why.substring(0, Math.min(300, why.length())));
    }

    long decided() {
        return ok.sum();
    }

    /** Share of each outcome, in percent. */
    Map<String, Double> outcomeShares() {
        double total = Math.max(1, decided());
        Map<String, Double> shares = new TreeMap<>();
        outcomes.forEach((k, v) -> shares.put(k, 100 * v.sum() / total));
        return shares;
    }

    /** Findings per rule id, most frequent first, at most {@code limit}. */
    List<Map.Entry<String, Long>> topRules(int limit) {
        return rules.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue().sum()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit).toList();
    }

    /** The p-th percentile of a stage, in microseconds. */
    long stage(int index, double p) {
        long[] sorted;
        synchronized (timings) {
            sorted = timings.stream().mapToLong(t -> t[index]).sorted().toArray();
        }
        if (sorted.length == 0) return 0;
        return sorted[Math.max(0, (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1))];
    }

    /** The mean of a stage, in microseconds. */
    double stageMean(int index) {
        synchronized (timings) {
            return timings.stream().mapToLong(t -> t[index]).average().orElse(0);
        }
    }

    static String describe(Map<String, Double> shares) {
        StringBuilder sb = new StringBuilder();
        shares.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ')
                .append(String.format(java.util.Locale.ROOT, "%.1f%%", v)));
        return sb.toString();
    }

    @Override
    public String toString() {
        return decided() + " decided, " + failed.get() + " failed: " + describe(outcomeShares()) + "; rules "
                + Arrays.toString(topRules(6).toArray());
    }
}
