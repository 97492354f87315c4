package dev.warden.bench;

import org.HdrHistogram.Histogram;

/**
 * One measured stretch of traffic against one service: what was answered, over how long, the decisions of each
 * second, the CPU the service, its PostgreSQL, its JIT compilers and the generator used meanwhile (ms), and for an
 * open loop the latency of every request from its intended send time (microseconds), and what the service's own
 * meters (group commit, GC pauses) counted within it.
 */
record Slice(Answers answers, double seconds, long[] perSecond, double serviceMs, double postgresMs,
        double compilerMs, double generatorMs, Histogram latency, Scrape meters) {

    double rate() {
        return answers.decided() / seconds;
    }

    double servicePerDecision() {
        return serviceMs / Math.max(1, answers.decided());
    }

    double postgresPerDecision() {
        return postgresMs / Math.max(1, answers.decided());
    }

    double generatorPerDecision() {
        return generatorMs / Math.max(1, answers.decided());
    }

    /** Latency percentile in ms (open loop only). */
    double latencyMs(double percentile) {
        return latency.getValueAtPercentile(percentile) / 1000.0;
    }
}
