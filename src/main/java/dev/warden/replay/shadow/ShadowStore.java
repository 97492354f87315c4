package dev.warden.replay.shadow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Shadow results in PostgreSQL: each disagreement as a row, and the counts as tallies that a batch adds to in
 * the same transaction, so the summary is consistent across pods and restarts.
 */
@ApplicationScoped
public class ShadowStore {
    static final String EVALUATED = "evaluated";
    static final String AGREED = "agreed";
    static final String DIFFERED = "differed";
    static final String DROPPED = "dropped";
    static final String FAILED = "failed";
    static final String TRANSITION = "transition:";
    static final String LIVE = "live:";
    static final String SHADOW = "shadow:";

    private static final String INSERT_DIFFERENCE = """
            INSERT INTO shadow_differences (shadow_version, live_version, decision_id, transaction_id, occurred_at,
                                            live_outcome, shadow_outcome, rules_added, rules_removed, evaluated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String ADD_TALLY = """
            INSERT INTO shadow_tallies (shadow_version, name, count) VALUES (?, ?, ?)
            ON CONFLICT (shadow_version, name) DO UPDATE SET count = shadow_tallies.count + EXCLUDED.count""";

    private final DataSource dataSource;

    public ShadowStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records a batch of comparisons, plus drops and failures seen since the last batch, in one transaction. */
    void record(String shadowVersion, List<ShadowResult> results, long dropped, long failed) throws SQLException {
        Map<String, Long> tallies = new TreeMap<>();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(INSERT_DIFFERENCE);
                    PreparedStatement add = c.prepareStatement(ADD_TALLY)) {
                for (ShadowResult result : results) {
                    var comparison = result.comparison();
                    tallies.merge(EVALUATED, 1L, Long::sum);
                    tallies.merge(comparison.same() ? AGREED : DIFFERED, 1L, Long::sum);
                    tallies.merge(TRANSITION + comparison.before() + "->" + comparison.after(), 1L, Long::sum);
                    comparison.rulesBefore().forEach(rule -> tallies.merge(LIVE + rule, 1L, Long::sum));
                    comparison.rulesAfter().forEach(rule -> tallies.merge(SHADOW + rule, 1L, Long::sum));
                    if (!comparison.same()) addDifference(c, insert, shadowVersion, result, now);
                }
                if (dropped > 0) tallies.put(DROPPED, dropped);
                if (failed > 0) tallies.put(FAILED, failed);
                for (var tally : tallies.entrySet()) {
                    add.setString(1, shadowVersion);
                    add.setString(2, tally.getKey());
                    add.setLong(3, tally.getValue());
                    add.addBatch();
                }
                insert.executeBatch();
                add.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void addDifference(Connection c, PreparedStatement insert, String shadowVersion,
            ShadowResult result, Timestamp now) throws SQLException {
        insert.setString(1, shadowVersion);
        insert.setString(2, result.liveVersion());
        insert.setObject(3, result.decisionId());
        insert.setString(4, result.transactionId());
        insert.setTimestamp(5, Timestamp.from(result.occurredAt()));
        insert.setString(6, result.comparison().before().name());
        insert.setString(7, result.comparison().after().name());
        insert.setArray(8, c.createArrayOf("varchar", result.comparison().rulesAdded().toArray()));
        insert.setArray(9, c.createArrayOf("varchar", result.comparison().rulesRemoved().toArray()));
        insert.setTimestamp(10, now);
        insert.addBatch();
    }

    /** The tallies of one shadow version, by name. */
    Map<String, Long> tallies(String shadowVersion) {
        Map<String, Long> tallies = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
                "SELECT name, count FROM shadow_tallies WHERE shadow_version = ?")) {
            query.setString(1, shadowVersion);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) tallies.put(rs.getString(1), rs.getLong(2));
            }
            return tallies;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read shadow tallies: " + e.getMessage(), e);
        }
    }

    List<ShadowSummary.Difference> recent(String shadowVersion, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement("""
                SELECT decision_id, transaction_id, occurred_at, live_version, live_outcome, shadow_outcome,
                       rules_added, rules_removed, evaluated_at
                  FROM shadow_differences WHERE shadow_version = ? ORDER BY id DESC LIMIT ?""")) {
            query.setString(1, shadowVersion);
            query.setInt(2, limit);
            List<ShadowSummary.Difference> rows = new java.util.ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ShadowSummary.Difference(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getString(6),
                            strings(rs.getArray(7)), strings(rs.getArray(8)), rs.getTimestamp(9).toInstant()));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read shadow differences: " + e.getMessage(), e);
        }
    }

    private static List<String> strings(java.sql.Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
