package dev.warden.events.webhooks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import dev.warden.events.EventFeed;
import dev.warden.events.FeedCursor;
import dev.warden.events.StoredEvent;

/**
 * Turns new events into delivery rows, one subscriber at a time: reads the events after the subscriber's cursor
 * (the feed's order, so a late commit is not skipped), inserts a PENDING delivery for each it wants, and moves the
 * cursor, all in one transaction: a crash leaves either both or neither. The cursor row is locked with SKIP LOCKED,
 * so replicas never fan out the same subscriber at once.
 */
final class DeliveryFanOut {
    private static final String REGISTER = """
            INSERT INTO webhook_cursors (subscriber, after_tx, after_seq)
            VALUES (?, pg_snapshot_xmin(pg_current_snapshot()), 0)
            ON CONFLICT (subscriber) DO NOTHING""";
    private static final String LOCK_CURSOR = """
            SELECT after_tx::text, after_seq FROM webhook_cursors WHERE subscriber = ? FOR UPDATE SKIP LOCKED""";
    private static final String INSERT_DELIVERY = """
            INSERT INTO webhook_deliveries (event_id, subscriber, status, next_attempt_at)
            VALUES (?, ?, 'PENDING', now())
            ON CONFLICT (event_id, subscriber) DO NOTHING""";
    private static final String MOVE_CURSOR = """
            UPDATE webhook_cursors SET after_tx = CAST(? AS xid8), after_seq = ?, updated_at = now()
            WHERE subscriber = ?""";

    private final DataSource dataSource;
    private final EventFeed feed;

    DeliveryFanOut(DataSource dataSource, EventFeed feed) {
        this.dataSource = dataSource;
        this.feed = feed;
    }

    /**
     * Gives a subscriber seen for the first time a cursor at the oldest transaction running now: it receives the
     * events written from now on, not the history. True when the cursor is new.
     */
    boolean register(String subscriber) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(REGISTER)) {
            insert.setString(1, subscriber);
            return insert.executeUpdate() > 0;
        }
    }

    /** Fans out up to {@code limit} events; answers how many events it read (limit: there may be more). */
    int fanOut(WebhookSubscriber subscriber, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int read = fanOut(connection, subscriber, limit);
                connection.commit();
                return read;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private int fanOut(Connection connection, WebhookSubscriber subscriber, int limit) throws SQLException {
        FeedCursor cursor;
        try (PreparedStatement lock = connection.prepareStatement(LOCK_CURSOR)) {
            lock.setString(1, subscriber.name());
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) return 0; // another replica is fanning this subscriber out right now
                cursor = new FeedCursor(Long.parseLong(row.getString(1)), row.getLong(2));
            }
        }
        List<StoredEvent> events = feed.read(connection, cursor, limit, null);
        if (events.isEmpty()) return 0;
        try (PreparedStatement insert = connection.prepareStatement(INSERT_DELIVERY)) {
            for (StoredEvent event : events) {
                if (!subscriber.wants(event.type())) continue;
                insert.setObject(1, event.eventId());
                insert.setString(2, subscriber.name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        FeedCursor last = events.get(events.size() - 1).position();
        try (PreparedStatement move = connection.prepareStatement(MOVE_CURSOR)) {
            move.setString(1, Long.toString(last.transaction()));
            move.setLong(2, last.seq());
            move.setString(3, subscriber.name());
            move.executeUpdate();
        }
        return events.size();
    }
}
