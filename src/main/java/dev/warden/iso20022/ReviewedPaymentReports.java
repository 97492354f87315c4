package dev.warden.iso20022;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.engine.Outcome;
import dev.warden.events.NewEvent;
import dev.warden.review.PaymentResolutionEvents;

/**
 * The second pacs.002 (issue 26, point 3): when the review of a transfer that came as ISO 20022 and was answered
 * PDNG ends, a {@value #TYPE} event carries its final status report, written in the transaction that disposes the
 * alert. docs/iso20022.md and docs/events.md.
 */
@ApplicationScoped
public class ReviewedPaymentReports implements PaymentResolutionEvents {
    static final String TYPE = "decision.status-report";

    private final IsoPayments payments;
    private final ObjectMapper json;

    public ReviewedPaymentReports(IsoPayments payments, ObjectMapper json) {
        this.payments = payments;
        this.json = json;
    }

    @Override
    public List<NewEvent> eventsFor(Connection connection, List<Resolved> resolved) throws SQLException {
        Map<UUID, Resolved> byDecision = new LinkedHashMap<>();
        for (Resolved r : resolved) byDecision.put(r.decisionId(), r);
        List<NewEvent> events = new ArrayList<>();
        for (IsoPayments.Decided decided : payments.byDecisions(connection, byDecision.keySet())) {
            if (decided.outcome() != Outcome.REVIEW) continue;
            Resolved r = byDecision.get(decided.payment().decisionId());
            events.add(new NewEvent(UUID.randomUUID(), TYPE, r.decisionId().toString(), payload(decided.payment(), r),
                    r.resolvedAt()));
        }
        return events;
    }

    private String payload(IsoPayment payment, Resolved r) {
        StatusReport.TransactionStatus status = PaymentStatusReports.status(payment, r.outcome());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("decisionId", r.decisionId());
        data.put("transactionId", r.transactionId());
        data.put("alertId", r.alertId());
        data.put("paymentOutcome", r.outcome());
        data.put("transactionStatus", status.status());
        data.put("reasonCode", status.reasonCode());
        data.put("originalMessageType", payment.messageType().id());
        data.put("originalMessageId", payment.messageId());
        data.put("endToEndId", payment.ids().endToEndId());
        data.put("uetr", payment.ids().uetr());
        data.put("mediaType", "application/xml");
        data.put("statusReport", StatusReport.of(payment, status, r.resolvedAt()));
        data.put("href", "/v1/decisions/" + r.decisionId() + "/status-report");
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a status report event", e);
        }
    }
}
