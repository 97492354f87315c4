package dev.warden.events.webhooks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.warden.db.FailureText;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Webhook metrics per subscriber. Attempts and their latency are counted as they happen on this replica; the
 * backlog (FAILED, pending, pending after a failed attempt, lag) is read from PostgreSQL, shared by all replicas,
 * at most every {@link #REFRESH}, by one statement of index probes and counts capped at {@link #COUNT_CAP}.
 */
@ApplicationScoped
public class DeliveryMetrics {
    private static final Logger LOG = Logger.getLogger(DeliveryMetrics.class);
    static final Duration REFRESH = Duration.ofSeconds(10);
    static final int COUNT_CAP = 100_000;
    private static final String BACKLOG = """
            SELECT s.name,
                   (SELECT count(*) FROM (SELECT 1 FROM webhook_deliveries d
                        WHERE d.subscriber = s.name AND d.status = 'FAILED' LIMIT %1$d) f),
                   (SELECT count(*) FROM (SELECT 1 FROM webhook_deliveries d
                        WHERE d.subscriber = s.name AND d.status = 'PENDING' LIMIT %1$d) p),
                   (SELECT count(*) FROM (SELECT 1 FROM webhook_deliveries d
                        WHERE d.subscriber = s.name AND d.status = 'PENDING' AND d.attempts > 0 LIMIT %1$d) r),
                   (SELECT e.created_at FROM webhook_deliveries d JOIN events e ON e.event_id = d.event_id
                        WHERE d.subscriber = s.name AND d.status = 'PENDING' ORDER BY d.created_at LIMIT 1),
                   (SELECT e.created_at FROM webhook_cursors c
                        JOIN events e ON (e.written_by_tx, e.seq) > (c.after_tx, c.after_seq)
                        WHERE c.subscriber = s.name ORDER BY e.written_by_tx, e.seq LIMIT 1)
            FROM unnest(?) AS s(name)""".formatted(COUNT_CAP);

    /** The shared backlog of one subscriber; {@code oldestUndelivered} null when nothing waits. */
    record Backlog(long failed, long pending, long retrying, Instant oldestUndelivered) {
        static final Backlog NONE = new Backlog(0, 0, 0, null);
    }

    private final MeterRegistry registry;
    private final DataSource dataSource;
    private final Clock clock = Clock.systemUTC();
    private List<String> subscribers = List.of();
    private Map<String, Backlog> backlog = Map.of();
    private Instant readAt = Instant.EPOCH;

    public DeliveryMetrics(MeterRegistry registry, DataSource dataSource) {
        this.registry = registry;
        this.dataSource = dataSource;
    }

    synchronized void watch(List<WebhookSubscriber> configured) {
        subscribers = configured.stream().map(WebhookSubscriber::name).toList();
        for (String name : subscribers) {
            gauge("warden.webhook.failed.deliveries", "Deliveries that spent their attempts (FAILED)", name,
                    b -> b.failed());
            gauge("warden.webhook.pending.deliveries", "Deliveries not yet made", name, b -> b.pending());
            gauge("warden.webhook.retrying.deliveries", "Pending deliveries with at least one failed attempt", name,
                    b -> b.retrying());
            Gauge.builder("warden.webhook.lag.seconds", this, m -> m.lagSeconds(name)).tag("subscriber", name)
                    .description("Age of the oldest event not yet delivered (0 when none waits)").register(registry);
        }
    }

    void attempted(String subscriber, AttemptResult result, DeliveryStore.Outcome outcome) {
        Timer.builder("warden.webhook.attempt").description("Duration of one webhook attempt")
                .tag("subscriber", subscriber).tag("result", result.delivered() ? "success" : "failure")
                .publishPercentileHistogram().register(registry).record(result.duration());
        if (outcome == DeliveryStore.Outcome.DELIVERED || outcome == DeliveryStore.Outcome.FAILED) {
            Counter.builder("warden.webhook.deliveries").description("Deliveries finished on this replica")
                    .tag("subscriber", subscriber).tag("result", outcome == DeliveryStore.Outcome.DELIVERED
                            ? "delivered" : "failed")
                    .register(registry).increment();
        }
    }

    private void gauge(String name, String description, String subscriber, java.util.function.ToDoubleFunction<Backlog> value) {
        Gauge.builder(name, this, m -> value.applyAsDouble(m.backlog(subscriber))).tag("subscriber", subscriber)
                .description(description).register(registry);
    }

    private double lagSeconds(String subscriber) {
        Instant oldest = backlog(subscriber).oldestUndelivered();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    synchronized Backlog backlog(String subscriber) {
        Instant now = clock.instant();
        if (Duration.between(readAt, now).compareTo(REFRESH) >= 0) {
            readAt = now; // a failing read is retried at the next refresh, not on every gauge
            try {
                backlog = read();
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("webhook backlog metrics not read: %s", FailureText.describe(e));
            }
        }
        return backlog.getOrDefault(subscriber, Backlog.NONE);
    }

    private Map<String, Backlog> read() throws SQLException {
        Map<String, Backlog> read = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(BACKLOG)) {
            query.setArray(1, connection.createArrayOf("varchar", subscribers.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Instant pending = instant(rows.getTimestamp(5));
                    Instant notFannedOut = instant(rows.getTimestamp(6));
                    Instant oldest = pending == null ? notFannedOut
                            : notFannedOut == null || pending.isBefore(notFannedOut) ? pending : notFannedOut;
                    read.put(rows.getString(1), new Backlog(rows.getLong(2), rows.getLong(3), rows.getLong(4), oldest));
                }
            }
        }
        return Map.copyOf(read);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
