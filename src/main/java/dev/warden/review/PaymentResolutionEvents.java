package dev.warden.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.warden.events.NewEvent;
import dev.warden.review.ReviewTypes.PaymentOutcome;

/**
 * Events that another capability writes when a held payment's outcome becomes final (its alert disposed with
 * RELEASE or REJECT), in the same transaction as the alert.disposed event: for example the ISO 20022 status report
 * a payment that came as a pacs.008 gets. Review knows nothing of those formats; each implementation is a CDI bean.
 */
public interface PaymentResolutionEvents {

    /** One payment whose outcome an officer (and, for four eyes, a supervisor) made final. */
    record Resolved(UUID alertId, UUID decisionId, String transactionId, PaymentOutcome outcome, Instant resolvedAt) {
    }

    /** The events to write for these payments, read on {@code connection} (the disposing transaction's). */
    List<NewEvent> eventsFor(Connection connection, List<Resolved> resolved) throws SQLException;
}
