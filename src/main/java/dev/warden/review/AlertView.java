package dev.warden.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import dev.warden.facts.Severity;
import dev.warden.review.ReviewTypes.AlertSource;
import dev.warden.review.ReviewTypes.AlertStatus;
import dev.warden.review.ReviewTypes.Disposition;
import dev.warden.review.ReviewTypes.PaymentOutcome;
import dev.warden.review.ReviewTypes.ReviewState;

/**
 * An alert as the queue and the case show it. {@code state} adds to {@code status} whether a proposal for it is
 * waiting for a supervisor; {@code proposedOutcome} is that proposal's outcome, {@code paymentOutcome} the final one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertView(UUID alertId, AlertSource source, UUID decisionId, String transactionId, UUID caseId,
        String partyId, String account, Severity severity, int riskScore, int priority, List<String> rules,
        JsonNode findings, JsonNode subject, AlertStatus status, ReviewState state, PaymentOutcome proposedOutcome,
        PaymentOutcome paymentOutcome, Disposition disposition, Instant disposedAt, String disposedBy,
        String approvedBy, Instant createdAt, Instant dueAt, boolean overdue) {
}
