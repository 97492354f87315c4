package dev.warden.events.webhooks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import dev.warden.events.EventEnvelope;

/**
 * The delivery rows: claiming due ones under a lease, and writing each attempt's result. A claim takes rows with
 * {@code FOR UPDATE SKIP LOCKED} and stamps them with a lease and a token in one statement, so two replicas never
 * hold the same delivery; a replica killed mid-attempt leaves a lease that expires, and another replica sends.
 */
final class DeliveryStore {
    private static final String CLAIM = """
            WITH due AS (
                SELECT event_id, subscriber FROM webhook_deliveries
                WHERE status = 'PENDING' AND next_attempt_at <= now() AND subscriber = ANY (?)
                  AND (lease_until IS NULL OR lease_until < now())
                ORDER BY next_attempt_at
                LIMIT ?
                FOR UPDATE SKIP LOCKED)
            UPDATE webhook_deliveries d
            SET lease_until = now() + ? * interval '1 millisecond', lease_token = ?
            FROM due, events e
            WHERE d.event_id = due.event_id AND d.subscriber = due.subscriber AND e.event_id = d.event_id
            RETURNING d.event_id, d.subscriber, d.attempts, d.retried_after, e.type, e.subject, e.payload::text,
                      e.created_at""";
    private static final String LOG_ATTEMPT = """
            INSERT INTO webhook_attempts (event_id, subscriber, attempt, attempted_at, http_status, error,
                                          response_excerpt, duration_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String FINISH = """
            UPDATE webhook_deliveries
            SET attempts = ?, status = ?, next_attempt_at = now() + ? * interval '1 millisecond',
                finished_at = CASE WHEN ? = 'PENDING' THEN NULL ELSE now() END, lease_until = NULL, lease_token = NULL
            WHERE event_id = ? AND subscriber = ? AND lease_token = ?""";
    private static final String RETRY = """
            UPDATE webhook_deliveries
            SET status = 'PENDING', retried_after = attempts, next_attempt_at = now(), finished_at = NULL
            WHERE event_id = ? AND subscriber = ? AND status = 'FAILED'""";

    /** What became of a delivery after an attempt. */
    enum Outcome { DELIVERED, RETRYING, FAILED, LEASE_LOST }

    private final DataSource dataSource;

    DeliveryStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<ClaimedDelivery> claim(List<String> subscribers, int limit, Duration lease) throws SQLException {
        UUID token = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setArray(1, connection.createArrayOf("varchar", subscribers.toArray()));
            claim.setInt(2, limit);
            claim.setLong(3, lease.toMillis());
            claim.setObject(4, token);
            List<ClaimedDelivery> claimed = new ArrayList<>();
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    int attempts = rows.getInt(3);
                    EventEnvelope event = new EventEnvelope(rows.getObject(1, UUID.class), rows.getString(5),
                            rows.getTimestamp(8).toInstant(), rows.getString(6), rows.getString(7));
                    claimed.add(new ClaimedDelivery(event, rows.getString(2), attempts + 1,
                            attempts + 1 - rows.getInt(4), token));
                }
            }
            return claimed;
        }
    }

    /**
     * Logs the attempt and moves the delivery on: DELIVERED on a 2xx; else FAILED when this round's attempts are
     * spent, or PENDING again after {@code retryIn}. The attempt is logged even when the lease was lost meanwhile
     * (it was made); the delivery row is then left to the replica that holds it now.
     */
    Outcome record(ClaimedDelivery delivery, AttemptResult result, int maxAttempts, Duration retryIn) throws SQLException {
        Outcome outcome = result.delivered() ? Outcome.DELIVERED
                : delivery.attemptsThisRound() >= maxAttempts ? Outcome.FAILED : Outcome.RETRYING;
        String status = switch (outcome) {
            case DELIVERED -> "DELIVERED";
            case FAILED -> "FAILED";
            default -> "PENDING";
        };
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                logAttempt(connection, delivery, result);
                int updated;
                try (PreparedStatement finish = connection.prepareStatement(FINISH)) {
                    finish.setInt(1, delivery.attempt());
                    finish.setString(2, status);
                    finish.setLong(3, outcome == Outcome.RETRYING ? retryIn.toMillis() : 0);
                    finish.setString(4, status);
                    finish.setObject(5, delivery.event().id());
                    finish.setString(6, delivery.subscriber());
                    finish.setObject(7, delivery.leaseToken());
                    updated = finish.executeUpdate();
                }
                connection.commit();
                return updated == 0 ? Outcome.LEASE_LOST : outcome;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** A FAILED delivery made due now with a fresh round of attempts; false when it is not FAILED. */
    boolean retry(UUID eventId, String subscriber) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement retry = connection.prepareStatement(RETRY)) {
            retry.setObject(1, eventId);
            retry.setString(2, subscriber);
            return retry.executeUpdate() > 0;
        }
    }

    private static void logAttempt(Connection connection, ClaimedDelivery delivery, AttemptResult result)
            throws SQLException {
        try (PreparedStatement log = connection.prepareStatement(LOG_ATTEMPT)) {
            log.setObject(1, delivery.event().id());
            log.setString(2, delivery.subscriber());
            log.setInt(3, delivery.attempt());
            log.setTimestamp(4, Timestamp.from(result.at()));
            log.setObject(5, result.httpStatus(), java.sql.Types.INTEGER);
            log.setString(6, result.error());
            log.setString(7, result.responseExcerpt());
            log.setInt(8, (int) Math.min(Integer.MAX_VALUE, result.duration().toMillis()));
            log.executeUpdate();
        }
    }
}
