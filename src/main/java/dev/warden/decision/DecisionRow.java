package dev.warden.decision;

import dev.warden.engine.Outcome;
import java.time.Instant;
import java.util.UUID;

/** One row of the decisions audit table, ready to write. */
public record DecisionRow(UUID decisionId, String transactionId, String requestSha256, String requestJson,
        String responseJson, Outcome outcome, int riskScore, String ruleSetVersion, String watchlistVersionsJson,
        String originatorPartyId, String beneficiaryPartyId, Instant occurredAt, Instant decidedAt) {
}
