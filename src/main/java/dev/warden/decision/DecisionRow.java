package dev.warden.decision;

import dev.warden.engine.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One row of the decisions audit table, ready to write. For a REVIEW or BLOCK decision it also holds what its alert
 * shows (the rule ids and the findings as JSON), made on the request's thread so that the journal's writers, which
 * every decision waits for, only write.
 */
public record DecisionRow(UUID decisionId, String transactionId, String requestSha256, String requestJson,
        String responseJson, Outcome outcome, int riskScore, String ruleSetVersion, String watchlistVersionsJson,
        String originatorPartyId, String beneficiaryPartyId, Instant occurredAt, Instant decidedAt,
        List<String> rules, String findingsJson) {

    /** A row without findings (an ALLOW without any). */
    public DecisionRow(UUID decisionId, String transactionId, String requestSha256, String requestJson,
            String responseJson, Outcome outcome, int riskScore, String ruleSetVersion, String watchlistVersionsJson,
            String originatorPartyId, String beneficiaryPartyId, Instant occurredAt, Instant decidedAt) {
        this(decisionId, transactionId, requestSha256, requestJson, responseJson, outcome, riskScore, ruleSetVersion,
                watchlistVersionsJson, originatorPartyId, beneficiaryPartyId, occurredAt, decidedAt, List.of(), "[]");
    }
}
