package dev.warden.decision;

import dev.warden.engine.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.warden.facts.Finding;

/**
 * The decision as answered and as recorded. {@code recorded} is false only for a fail-closed answer given while
 * the database was unavailable: such a decision is in no audit log, and a retry decides again.
 */
public record DecisionResponse(UUID decisionId, String transactionId, Outcome outcome, int riskScore,
        List<Finding> findings, String ruleSetVersion, Map<String, String> watchlists, Instant decidedAt,
        boolean recorded, Timings timings) {

    /**
     * Microseconds spent in each stage of the decision path. {@code historyMicros} (counterparty memory, history
     * window, upstream hops) and {@code screeningMicros} (both parties against the watch lists) are parts of
     * {@code enrichMicros}, which also holds the KYC profile load.
     */
    public record Timings(long totalMicros, long enrichMicros, long historyMicros, long screeningMicros,
            long rulesMicros, long persistMicros) {
    }

    public DecisionResponse withTimings(Timings newTimings) {
        return new DecisionResponse(decisionId, transactionId, outcome, riskScore, findings, ruleSetVersion,
                watchlists, decidedAt, recorded, newTimings);
    }
}
