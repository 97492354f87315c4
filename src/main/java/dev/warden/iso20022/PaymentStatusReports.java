package dev.warden.iso20022;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.decision.DecisionRecords;
import dev.warden.engine.Outcome;
import dev.warden.review.AlertView;
import dev.warden.review.ReviewReads;
import dev.warden.review.ReviewTypes.PaymentOutcome;

/**
 * The pacs.002 of one decided ISO 20022 transfer as it stands: the decision's status (ACCP, PDNG, RJCT) until a
 * review of a PDNG transfer ends, then the final one ({@link StatusReport.TransactionStatus#afterReview}). A BLOCK's
 * RJCT is final in ISO 20022 terms and stays the report even when a supervisor later releases the payment (the
 * alert.disposed event says so): a second report never contradicts a final status.
 */
@ApplicationScoped
public class PaymentStatusReports {
    private final IsoPayments payments;
    private final DecisionRecords records;
    private final ReviewReads reviews;
    private final ObjectMapper json;

    public PaymentStatusReports(IsoPayments payments, DecisionRecords records, ReviewReads reviews, ObjectMapper json) {
        this.payments = payments;
        this.records = records;
        this.reviews = reviews;
        this.json = json;
    }

    /** The current report, or empty when the decision did not come as ISO 20022 (or does not exist). */
    public Optional<String> current(UUID decisionId) {
        Optional<IsoPayments.Decided> found = payments.byDecision(decisionId);
        if (found.isEmpty()) return Optional.empty();
        IsoPayments.Decided decided = found.get();
        if (decided.outcome() == Outcome.REVIEW) {
            Optional<AlertView> alert = reviews.alertOfDecision(decisionId);
            if (alert.isPresent() && alert.get().paymentOutcome() != null) {
                return Optional.of(StatusReport.of(decided.payment(), status(decided.payment(), alert.get().paymentOutcome()),
                        alert.get().disposedAt()));
            }
        }
        String response = records.byId(decisionId).orElseThrow().response;
        return Optional.of(StatusReport.of(decided.payment(), StatusReport.TransactionStatus.ofDecision(
                decided.payment().ids(), decided.outcome(), decisionId.toString(), ruleIds(response)), decided.decidedAt()));
    }

    /** The final status of a transfer held for review. */
    static StatusReport.TransactionStatus status(IsoPayment payment, PaymentOutcome outcome) {
        return StatusReport.TransactionStatus.afterReview(payment.ids(), StatusReport.Resolution.valueOf(outcome.name()),
                payment.decisionId().toString());
    }

    private List<String> ruleIds(String response) {
        List<String> ids = new ArrayList<>();
        try {
            json.readTree(response).path("findings").forEach(f -> ids.add(f.path("ruleId").asText()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a recorded decision response is not JSON", e);
        }
        return ids;
    }
}
