package dev.warden.replay.backtest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.warden.engine.Outcome;
import dev.warden.replay.Comparison;
import dev.warden.replay.RecordedDecision;

/** Counts a backtest as it runs; one thread writes it, the finished report is an immutable copy. */
final class BacktestTally {
    private static final int FAILURES_LISTED = 10;

    private final Instant from;
    private final Instant to;
    private final String candidateVersion;
    private final int changesListed;
    private final Map<Outcome, Long> outcomesBefore = new EnumMap<>(Outcome.class);
    private final Map<Outcome, Long> outcomesAfter = new EnumMap<>(Outcome.class);
    private final Map<String, Long> hitsBefore = new TreeMap<>();
    private final Map<String, Long> hitsAfter = new TreeMap<>();
    private final List<BacktestReport.Change> changes = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private long decisions;
    private long changed;
    private long failed;

    BacktestTally(Instant from, Instant to, String candidateVersion, int changesListed) {
        this.from = from;
        this.to = to;
        this.candidateVersion = candidateVersion;
        this.changesListed = changesListed;
        for (Outcome outcome : Outcome.values()) {
            outcomesBefore.put(outcome, 0L);
            outcomesAfter.put(outcome, 0L);
        }
    }

    void add(RecordedDecision recorded, Comparison comparison) {
        decisions++;
        outcomesBefore.merge(comparison.before(), 1L, Long::sum);
        outcomesAfter.merge(comparison.after(), 1L, Long::sum);
        comparison.rulesBefore().forEach(rule -> hitsBefore.merge(rule, 1L, Long::sum));
        comparison.rulesAfter().forEach(rule -> hitsAfter.merge(rule, 1L, Long::sum));
        if (comparison.same()) return;
        changed++;
        if (changes.size() < changesListed) {
            changes.add(new BacktestReport.Change(recorded.transactionId(), recorded.decisionId(),
                    recorded.occurredAt(), comparison.before(), comparison.after(), comparison.rulesAdded(),
                    comparison.rulesRemoved()));
        }
    }

    void failed(RecordedDecision recorded, RuntimeException e) {
        decisions++;
        failed++;
        if (failures.size() < FAILURES_LISTED) failures.add(recorded.transactionId() + ": " + e.getMessage());
    }

    long decisions() {
        return decisions;
    }

    BacktestReport report() {
        return new BacktestReport(from, to, candidateVersion, decisions, changed, failed, Map.copyOf(outcomesBefore),
                Map.copyOf(outcomesAfter), new TreeMap<>(hitsBefore), new TreeMap<>(hitsAfter), List.copyOf(changes),
                changed > changes.size(), List.copyOf(failures));
    }
}
