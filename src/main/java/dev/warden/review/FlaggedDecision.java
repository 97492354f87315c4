package dev.warden.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.warden.facts.Severity;

/**
 * A REVIEW or BLOCK decision just inserted by the journal, with what its alert needs: the rule ids and the
 * findings (JSON, as in the recorded response), and the parties and account that name the customer.
 */
public record FlaggedDecision(UUID decisionId, String transactionId, Severity severity, int riskScore,
        List<String> rules, String findingsJson, String originatorPartyId, String beneficiaryPartyId,
        String originatorAccount, String beneficiaryAccount, Instant occurredAt, Instant decidedAt) {

    public FlaggedDecision {
        if (severity != Severity.REVIEW && severity != Severity.BLOCK) {
            throw new IllegalArgumentException("only REVIEW and BLOCK decisions open alerts, not " + severity);
        }
        rules = List.copyOf(rules);
    }

    String customerKey() {
        return CustomerKey.of(originatorPartyId, beneficiaryPartyId, originatorAccount, beneficiaryAccount, transactionId);
    }

    String partyId() {
        return originatorPartyId != null ? originatorPartyId : beneficiaryPartyId;
    }
}
