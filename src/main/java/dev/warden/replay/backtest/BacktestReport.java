package dev.warden.replay.backtest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.warden.engine.Outcome;

/**
 * What a candidate rule set would have done to the recorded decisions of a time range: outcome counts and hits
 * per rule before (as recorded) and after (candidate), and the decisions whose answer would change (listed up to
 * a cap; {@code changed} counts them all). Decisions the candidate could not decide are counted in
 * {@code failed}, with the first few reasons.
 */
public record BacktestReport(Instant from, Instant to, String candidateVersion, long decisions, long changed,
        long failed, Map<Outcome, Long> outcomesBefore, Map<Outcome, Long> outcomesAfter,
        Map<String, Long> hitsBefore, Map<String, Long> hitsAfter, List<Change> changes, boolean changesTruncated,
        List<String> failures) {

    /** One decision the candidate would answer differently. */
    public record Change(String transactionId, UUID decisionId, Instant occurredAt, Outcome before, Outcome after,
            List<String> rulesAdded, List<String> rulesRemoved) {
    }
}
