package dev.warden.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes events on the caller's connection, inside the caller's transaction: an event commits or rolls back with
 * the change that caused it. Delivery (webhooks, the cursor feed) reads them afterwards.
 */
@ApplicationScoped
public class EventOutbox {
    private static final String INSERT = """
            INSERT INTO events (event_id, type, subject, payload, created_at)
            VALUES (?, ?, ?, CAST(? AS jsonb), ?)""";

    public void append(Connection connection, List<NewEvent> events) throws SQLException {
        if (events.isEmpty()) return;
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (NewEvent event : events) {
                insert.setObject(1, event.eventId());
                insert.setString(2, event.type());
                insert.setString(3, event.subject());
                insert.setString(4, event.payloadJson());
                insert.setTimestamp(5, Timestamp.from(event.createdAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
