package dev.warden.replay;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.warden.engine.DecisionRequest;
import dev.warden.engine.Outcome;

/**
 * A decision from the audit log with what replay needs: the request as it was sent, the answer as it was given
 * (outcome and the ids of the rules that fired), the rule set version that made it and when it was made.
 */
public record RecordedDecision(UUID decisionId, String transactionId, DecisionRequest request, Outcome outcome,
        List<String> firedRules, String ruleSetVersion, Instant occurredAt, Instant decidedAt) {
}
