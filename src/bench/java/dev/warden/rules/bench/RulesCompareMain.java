package dev.warden.rules.bench;

import java.util.Locale;

import dev.warden.rules.CompiledRuleSet;
import dev.warden.rules.DecisionFacts;
import dev.warden.rules.RuleEvaluator;
import dev.warden.rules.SessionsResetEveryDecision;

/**
 * What a change to the rules costs: the rules benchmark's decisions evaluated by two rule folders (warden.bench.rules,
 * rules/ by default, and warden.bench.compare, say a copy without one file) in one JVM, alternating in slices of 500
 * decisions, so that a drift of the machine's speed falls on both alike. Prints the mean per decision of each, with 0,
 * 40 and 150 history rows, and how many findings each raised. {@code -Dbench.compare=reset-sessions} compares the
 * first folder with itself, its sessions reset after every decision instead of kept.
 */
public final class RulesCompareMain {
    private static final int SLICE = 500;
    private static final int WARM_SLICES = 10;
    private static final int MEASURED_SLICES = 20;

    public static void main(String[] args) {
        String first = System.getProperty(RulesBenchmark.RULES, "rules");
        String second = System.getProperty("warden.bench.compare", "");
        if (second.isBlank()) throw new IllegalArgumentException("name the folder to compare with: -Dbench.compare=FOLDER");
        CompiledRuleSet a = RulesBenchmark.compile(first);
        CompiledRuleSet b = second.equals("reset-sessions") ? SessionsResetEveryDecision.of(a)
                : RulesBenchmark.compile(second);
        RuleEvaluator evaluator = new RuleEvaluator();
        for (int rows : new int[] {0, 40, 150}) {
            DecisionFacts[] decisions = RulesBenchmark.decisions(rows);
            long nanosA = 0, nanosB = 0, findingsA = 0, findingsB = 0;
            for (int slice = 0; slice < WARM_SLICES + MEASURED_SLICES; slice++) {
                long start = System.nanoTime();
                for (int i = 0; i < SLICE; i++) findingsA += evaluator.evaluate(a, decisions[i % decisions.length]).size();
                long middle = System.nanoTime();
                for (int i = 0; i < SLICE; i++) findingsB += evaluator.evaluate(b, decisions[i % decisions.length]).size();
                long end = System.nanoTime();
                if (slice >= WARM_SLICES) {
                    nanosA += middle - start;
                    nanosB += end - middle;
                }
            }
            double per = MEASURED_SLICES * SLICE * 1e3;
            System.out.printf(Locale.ROOT, "%d history rows: %s %.0f us, %s %.0f us per decision (findings %d and %d)%n",
                    rows, first, nanosA / per, second, nanosB / per, findingsA, findingsB);
        }
    }
}
