package dev.warden.replay.backtest;

import java.time.Instant;
import java.util.function.LongConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import dev.warden.engine.DecisionEngine;
import dev.warden.replay.AsItStoodThen;
import dev.warden.replay.Comparison;
import dev.warden.replay.RecordedDecisionReader;
import dev.warden.replay.ReplayConfig;
import dev.warden.rules.CompiledRuleSet;

/**
 * Runs a candidate rule set over the recorded decisions of a range, each on the facts as they stood when it was
 * decided, and compares with what was answered. Reads only: nothing recorded changes.
 */
@ApplicationScoped
public class Backtester {
    private final RecordedDecisionReader decisions;
    private final AsItStoodThen redecider;
    private final ReplayConfig config;

    public Backtester(RecordedDecisionReader decisions, AsItStoodThen redecider, ReplayConfig config) {
        this.decisions = decisions;
        this.redecider = redecider;
        this.config = config;
    }

    /** @param progress told the number of decisions done so far, after each one */
    public BacktestReport run(CompiledRuleSet candidate, Instant from, Instant to, LongConsumer progress) {
        BacktestTally tally = new BacktestTally(from, to, candidate.version(), config.backtestChangesListed());
        decisions.forEachOccurredIn(from, to, recorded -> {
            try {
                DecisionEngine.Evaluation evaluation = redecider.redecide(recorded, candidate);
                tally.add(recorded, Comparison.of(recorded.outcome(), recorded.firedRules(), evaluation.outcome(),
                        Comparison.ruleIds(evaluation.findings())));
            } catch (RuntimeException e) {
                // One transaction the candidate cannot decide (say, a currency it has no rate for) is a finding
                // of the backtest, not a reason to lose the rest of it.
                tally.failed(recorded, e);
            }
            progress.accept(tally.decisions());
        });
        return tally.report();
    }
}
