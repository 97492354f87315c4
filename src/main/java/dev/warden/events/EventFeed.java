package dev.warden.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the outbox in a stable order. Sequence numbers are taken before commit, so a transaction with a lower seq
 * can commit after one with a higher seq: reading by seq alone would skip it. The feed therefore serves only
 * events whose writing transaction is older than every transaction still running
 * ({@code pg_snapshot_xmin(pg_current_snapshot())}), ordered by (writing transaction, seq): any event that commits
 * later belongs to a transaction at or past that bound, so it sorts after every cursor handed out.
 */
@ApplicationScoped
public class EventFeed {
    private static final String READ = """
            SELECT seq, written_by_tx::text, event_id, type, subject, payload::text, created_at
            FROM events
            WHERE (written_by_tx, seq) > (CAST(? AS xid8), ?)
              AND written_by_tx < pg_snapshot_xmin(pg_current_snapshot())
              AND (CAST(? AS varchar) IS NULL OR type = ?)
            ORDER BY written_by_tx, seq
            LIMIT ?""";

    /** One page of the feed and the cursor to ask for the next: the last event's, or {@code after} when empty. */
    public record Page(List<StoredEvent> events, FeedCursor next) {
    }

    private final DataSource dataSource;

    public EventFeed(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Page page(FeedCursor after, int limit, String type) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<StoredEvent> events = read(connection, after, limit, type);
            return new Page(events, events.isEmpty() ? after : events.get(events.size() - 1).position());
        }
    }

    /** Up to {@code limit} events after {@code after}, of {@code type} when it is not null, on the caller's connection. */
    public List<StoredEvent> read(Connection connection, FeedCursor after, int limit, String type) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(READ)) {
            read.setString(1, Long.toString(after.transaction()));
            read.setLong(2, after.seq());
            read.setString(3, type);
            read.setString(4, type);
            read.setInt(5, limit);
            List<StoredEvent> events = new ArrayList<>();
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    events.add(new StoredEvent(new FeedCursor(Long.parseLong(rows.getString(2)), rows.getLong(1)),
                            rows.getObject(3, UUID.class), rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getTimestamp(7).toInstant()));
                }
            }
            return events;
        }
    }
}
