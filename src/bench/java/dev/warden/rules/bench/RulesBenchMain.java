package dev.warden.rules.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The rules benchmark: one decision's rule evaluation with 0 to 150 history rows (JMH, one thread), printed as p50
 * and p99 per row count. Run from the repository root: the shipped rules/ folder is what it evaluates, unless
 * {@code -Dwarden.bench.rules} names another.
 */
public final class RulesBenchMain {
    public static void main(String[] args) throws Exception {
        Options options = new OptionsBuilder().include(RulesBenchmark.class.getSimpleName())
                .forks(1).threads(1).warmupIterations(4).warmupTime(TimeValue.seconds(4))
                .measurementIterations(5).measurementTime(TimeValue.seconds(3))
                .jvmArgsAppend("-Xmx1g", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                        "-D" + RulesBenchmark.RULES + "=" + System.getProperty(RulesBenchmark.RULES, "rules")).build();
        System.out.println("rules folder: " + System.getProperty(RulesBenchmark.RULES, "rules"));
        for (RunResult result : new Runner(options).run()) {
            var stats = result.getPrimaryResult().getStatistics();
            System.out.printf("rules, %s history rows: p50 %.0f us, p99 %.0f us, mean %.0f us%n",
                    result.getParams().getParam("rows"), stats.getPercentile(50), stats.getPercentile(99), stats.getMean());
        }
    }
}
