package dev.warden.events.webhooks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** What an administrator sees of deliveries and may do to them: read them with their attempts, retry a FAILED one. */
@ApplicationScoped
public class WebhookDeliveries {
    private static final String LIST = """
            SELECT event_id, subscriber, status, attempts, next_attempt_at, created_at, finished_at
            FROM webhook_deliveries
            WHERE (CAST(? AS varchar) IS NULL OR status = ?) AND (CAST(? AS varchar) IS NULL OR subscriber = ?)
            ORDER BY created_at DESC, event_id
            LIMIT ?""";
    private static final String OF_EVENT = """
            SELECT d.event_id, d.subscriber, d.status, d.attempts, d.next_attempt_at, d.created_at, d.finished_at,
                   a.attempt, a.attempted_at, a.http_status, a.error, a.response_excerpt, a.duration_ms
            FROM webhook_deliveries d
            LEFT JOIN webhook_attempts a ON a.event_id = d.event_id AND a.subscriber = d.subscriber
            WHERE d.event_id = ?
            ORDER BY d.subscriber, a.attempt, a.id""";

    public enum Status { PENDING, DELIVERED, FAILED }

    /** One logged attempt: the HTTP status, or the error class when no answer came. */
    public record Attempt(int attempt, Instant at, Integer httpStatus, String error, String responseExcerpt,
            long durationMillis) {
    }

    /** A delivery of one event to one subscriber; {@code attempts} is filled only when read by event. */
    public record Delivery(UUID eventId, String subscriber, Status status, int attemptCount, Instant nextAttemptAt,
            Instant createdAt, Instant finishedAt, List<Attempt> attempts) {
    }

    /** Whether a retry was made: it was FAILED, it is not FAILED, or there is no such delivery. */
    public enum Retry { RETRYING, NOT_FAILED, UNKNOWN }

    private final DataSource dataSource;
    private final DeliveryStore store;

    public WebhookDeliveries(DataSource dataSource) {
        this.dataSource = dataSource;
        this.store = new DeliveryStore(dataSource);
    }

    public List<Delivery> list(Status status, String subscriber, int limit) throws SQLException {
        String statusName = status == null ? null : status.name();
        try (Connection connection = dataSource.getConnection(); PreparedStatement list = connection.prepareStatement(LIST)) {
            list.setString(1, statusName);
            list.setString(2, statusName);
            list.setString(3, subscriber);
            list.setString(4, subscriber);
            list.setInt(5, limit);
            List<Delivery> deliveries = new ArrayList<>();
            try (ResultSet rows = list.executeQuery()) {
                while (rows.next()) deliveries.add(delivery(rows, List.of()));
            }
            return deliveries;
        }
    }

    /** Every delivery of an event, each with its attempts in order; empty when none was made for it. */
    public List<Delivery> ofEvent(UUID eventId) throws SQLException {
        Map<String, Delivery> bySubscriber = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(OF_EVENT)) {
            read.setObject(1, eventId);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    Delivery delivery = bySubscriber.computeIfAbsent(rows.getString(2), s -> delivery(rows, new ArrayList<>()));
                    int attempt = rows.getInt(8);
                    if (!rows.wasNull()) {
                        delivery.attempts().add(new Attempt(attempt, instant(rows.getTimestamp(9)),
                                (Integer) rows.getObject(10), rows.getString(11), rows.getString(12), rows.getLong(13)));
                    }
                }
            }
        }
        return bySubscriber.values().stream().map(d -> new Delivery(d.eventId(), d.subscriber(), d.status(),
                d.attemptCount(), d.nextAttemptAt(), d.createdAt(), d.finishedAt(), List.copyOf(d.attempts()))).toList();
    }

    public Retry retry(UUID eventId, String subscriber) throws SQLException {
        if (store.retry(eventId, subscriber)) return Retry.RETRYING;
        boolean known = ofEvent(eventId).stream().anyMatch(d -> d.subscriber().equals(subscriber));
        return known ? Retry.NOT_FAILED : Retry.UNKNOWN;
    }

    private static Delivery delivery(ResultSet rows, List<Attempt> attempts) {
        try {
            return new Delivery(rows.getObject(1, UUID.class), rows.getString(2), Status.valueOf(rows.getString(3)),
                    rows.getInt(4), instant(rows.getTimestamp(5)), instant(rows.getTimestamp(6)),
                    instant(rows.getTimestamp(7)), attempts);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
