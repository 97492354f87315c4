package dev.warden.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.warden.db.FailureText;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * The review backlog as gauges: open alerts by severity, the age of the oldest open alert, overdue open alerts.
 * One query answers all of them and is reused for {@code warden.review.metrics-refresh}, so scrapes (from every
 * Prometheus, as often as it likes) cost at most one query per interval; a failed query keeps the last reading.
 */
@ApplicationScoped
public class ReviewMetrics {
    private static final Logger LOG = Logger.getLogger(ReviewMetrics.class);
    private static final String BACKLOG = """
            SELECT count(*) FILTER (WHERE severity = 'REVIEW'), count(*) FILTER (WHERE severity = 'BLOCK'),
                   min(created_at), count(*) FILTER (WHERE due_at < ?)
            FROM alerts WHERE status = 'OPEN'""";

    private final DataSource dataSource;
    private final MeterRegistry registry;
    private final Duration refresh;
    private Backlog last = new Backlog(0, 0, null, 0, Instant.EPOCH);

    private record Backlog(long review, long block, Instant oldest, long overdue, Instant readAt) {
    }

    public ReviewMetrics(DataSource dataSource, MeterRegistry registry, ReviewConfig config) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.refresh = config.metricsRefresh();
    }

    void onStart(@Observes StartupEvent event) {
        Gauge.builder("warden.alerts.open", this, m -> m.backlog().review()).tag("severity", "REVIEW")
                .description("Open alerts, by severity").register(registry);
        Gauge.builder("warden.alerts.open", this, m -> m.backlog().block()).tag("severity", "BLOCK")
                .description("Open alerts, by severity").register(registry);
        Gauge.builder("warden.alerts.oldest.open.age", this, ReviewMetrics::oldestAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest open alert (0 when none is open)").register(registry);
        Gauge.builder("warden.alerts.overdue", this, m -> m.backlog().overdue())
                .description("Open alerts past their due time").register(registry);
    }

    private double oldestAgeSeconds() {
        Backlog backlog = backlog();
        return backlog.oldest() == null ? 0 : Math.max(0, Duration.between(backlog.oldest(), Instant.now()).toMillis() / 1000.0);
    }

    private synchronized Backlog backlog() {
        Instant now = Instant.now();
        if (Duration.between(last.readAt(), now).compareTo(refresh) < 0) return last;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(BACKLOG)) {
            select.setTimestamp(1, Timestamp.from(now));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                Timestamp oldest = row.getTimestamp(3);
                last = new Backlog(row.getLong(1), row.getLong(2), oldest == null ? null : oldest.toInstant(),
                        row.getLong(4), now);
            }
        } catch (SQLException e) {
            LOG.warnf("the review gauges could not be read: %s", FailureText.describe(e));
            last = new Backlog(last.review(), last.block(), last.oldest(), last.overdue(), now);
        }
        return last;
    }
}
