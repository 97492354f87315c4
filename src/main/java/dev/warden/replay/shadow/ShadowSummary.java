package dev.warden.replay.shadow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What {@code GET /v1/rules/shadow} answers: which candidate shadows the live set, how many live decisions it
 * saw, agreed with, differed from or missed (dropped when the queue was full), how outcomes moved, how often
 * each rule fired live and in the shadow, and the latest differences. Counts cover every pod.
 */
public record ShadowSummary(boolean enabled, String shadowVersion, String shadowOrigin, String error,
        long evaluated, long agreed, long differed, long dropped, long failed, int queued,
        Map<String, Long> outcomeTransitions, Map<String, RuleCounts> rulesFired, List<Difference> recentDifferences) {

    /** How often one rule fired on the live decisions and in the shadow on the same facts. */
    public record RuleCounts(long live, long shadow) {
    }

    /** One recorded disagreement. */
    public record Difference(UUID decisionId, String transactionId, Instant occurredAt, String liveVersion,
            String liveOutcome, String shadowOutcome, List<String> rulesAdded, List<String> rulesRemoved,
            Instant evaluatedAt) {
    }

    static ShadowSummary off(String error) {
        return new ShadowSummary(false, null, null, error, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(), List.of());
    }
}
