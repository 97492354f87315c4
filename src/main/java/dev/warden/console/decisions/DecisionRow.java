package dev.warden.console.decisions;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import dev.warden.decision.DecisionRecord;

/** One line of the decision search: enough to recognise the decision and open it. */
public record DecisionRow(UUID decisionId, String transactionId, String outcome, int riskScore, int findings,
        String originatorPartyId, String beneficiaryPartyId, Instant decidedAt) {

    static DecisionRow of(DecisionRecord record, JsonNode response) {
        return new DecisionRow(record.decisionId, record.transactionId, record.outcome,
                response.path("riskScore").asInt(), response.path("findings").size(), record.originatorPartyId,
                record.beneficiaryPartyId, record.decidedAt);
    }
}
