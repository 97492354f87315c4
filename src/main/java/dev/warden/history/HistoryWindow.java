package dev.warden.history;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.warden.config.WardenConfig;
import dev.warden.db.DatabaseUnavailableException;
import dev.warden.facts.AccountActivity;
import dev.warden.facts.PastTransaction;
import dev.warden.facts.TransactionType;

/**
 * Loads the recent history of every account involved in a decision: all transactions sent or received by those
 * accounts or by any account of the originator's party in [occurredAt - lookback, occurredAt], newest first
 * (equal times by transactionId, descending), bounded in rows; then one query per upstream hop level. Time is the
 * transaction's, never the wall clock.
 *
 * <p>One statement per window, built so that its work is bounded by the rows it returns, not by how busy an account
 * is: for each key column (originator and beneficiary account, originator and beneficiary party) and each key value,
 * a backward range scan of that column's (column, occurred_at) index that stops after maxRows rows;
 * the branches are merged newest first, a transaction found twice (by its account and by its party) is kept once,
 * and the first maxRows are returned. That is the window an OR over the four columns gives. The account indexes
 * carry every column read here (V7), so account branches never touch the table.
 */
@ApplicationScoped
public class HistoryWindow implements HistorySource {
    private static final String COLUMNS = "transaction_id, type, occurred_at, amount, currency, amount_usd, "
            + "originator_account, beneficiary_account, originator_party_id, beneficiary_party_id, originator_country, "
            + "beneficiary_country, asset, chain, new_counterparty";
    /** Newest first; equal times by transactionId in byte order, as {@link InMemoryHistory} sorts them. */
    private static final String NEWEST_FIRST = "occurred_at DESC, transaction_id COLLATE \"C\" DESC";
    private static final List<String> KEYS = List.of("originator_account", "beneficiary_account",
            "originator_party_id", "beneficiary_party_id");
    private static final String WINDOW = sql(false);
    /** Replay and backtest: the window as it stood when a decision was made (later arrivals left out). */
    private static final String WINDOW_RECORDED_BY = sql(true);
    /** The counterparty memory, one statement each way, built once (see activitySql). */
    private static final String ACTIVITY = activitySql(false);
    private static final String ACTIVITY_RECORDED_BY = activitySql(true);

    private final DataSource dataSource;
    private final UpstreamHops.Settings upstream;

    @Inject
    public HistoryWindow(DataSource dataSource, WardenConfig config) {
        this(dataSource, new UpstreamHops.Settings(config.history().upstreamDepth(),
                config.history().upstreamWindow(), config.history().upstreamMaxRows()));
    }

    public HistoryWindow(DataSource dataSource, UpstreamHops.Settings upstream) {
        this.dataSource = dataSource;
        this.upstream = upstream;
    }

    @Override
    public List<PastTransaction> load(HistoryRequest request) {
        return load(request, null);
    }

    /**
     * The same windows, leaving out every transaction recorded after {@code recordedBy}: what a decision made at
     * that moment saw, for replay and backtest. A late arrival (occurred earlier, recorded later) is seen by live
     * decisions from then on, but not by decisions taken before it arrived.
     */
    public HistorySource asRecordedBy(Instant recordedBy) {
        return new HistorySource() {
            @Override
            public List<PastTransaction> load(HistoryRequest request) {
                return HistoryWindow.this.load(request, recordedBy);
            }

            @Override
            public AccountActivity activity(String originatorAccount, String beneficiaryAccount, Instant asOf,
                    Duration memory, String excludeTransactionId) {
                return HistoryWindow.this.activity(originatorAccount, beneficiaryAccount, asOf, memory,
                        excludeTransactionId, recordedBy);
            }
        };
    }

    private List<PastTransaction> load(HistoryRequest request, Instant recordedBy) {
        if (request.accounts().isEmpty() && request.originatorPartyIds().isEmpty()) return List.of();
        try (Connection connection = dataSource.getConnection()) {
            List<PastTransaction> hop0 = window(connection, request.accounts(), request.originatorPartyIds(),
                    request.asOf(), request.lookback(), request.maxRows(), request.excludeTransactionId(), recordedBy);
            // Upstream levels reuse the same connection: no pool round trip per level.
            return UpstreamHops.withUpstream(request, hop0, upstream,
                    (accounts, asOf, window, maxRows, exclude) -> window(connection, accounts, List.of(), asOf,
                            window, maxRows, exclude, recordedBy));
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("history window", e);
        }
    }

    @Override
    public AccountActivity activity(String originatorAccount, String beneficiaryAccount, Instant asOf,
            Duration memory, String excludeTransactionId) {
        return activity(originatorAccount, beneficiaryAccount, asOf, memory, excludeTransactionId, null);
    }

    /**
     * One round trip of five subqueries, each a backward scan of an (account(s), occurred_at) index: the last
     * transfer from one account to the other, and the last time each account paid or was paid.
     */
    private AccountActivity activity(String originatorAccount, String beneficiaryAccount, Instant asOf,
            Duration memory, String exclude, Instant recordedBy) {
        String[][] keys = {{originatorAccount, beneficiaryAccount}, {originatorAccount}, {originatorAccount},
                {beneficiaryAccount}, {beneficiaryAccount}};
        String sql = recordedBy == null ? ACTIVITY : ACTIVITY_RECORDED_BY;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            int next = 1;
            for (String[] condition : keys) {
                for (String key : condition) query.setString(next++, key);
                query.setTimestamp(next++, Timestamp.from(asOf.minus(memory)));
                query.setTimestamp(next++, Timestamp.from(asOf));
                query.setString(next++, exclude == null ? "" : exclude);
                if (recordedBy != null) query.setTimestamp(next++, Timestamp.from(recordedBy));
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return AccountActivity.of(asOf, instant(rs, 1), instant(rs, 2), instant(rs, 3));
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("history window", e);
        }
    }

    /**
     * Five subqueries in one round trip: the last transfer from the originator's account to the beneficiary's,
     * then each account's last time as payer and as payee; each a backward scan of an (account, occurred_at) index.
     */
    private static String activitySql(boolean recordedBy) {
        String[] conditions = {"originator_account = ? AND beneficiary_account = ?", "originator_account = ?",
                "beneficiary_account = ?", "originator_account = ?", "beneficiary_account = ?"};
        String cutoff = recordedBy ? " AND recorded_at <= ?" : "";
        List<String> latest = new ArrayList<>();
        for (String condition : conditions) {
            latest.add("(SELECT max(occurred_at) FROM transactions WHERE " + condition
                    + " AND occurred_at >= ? AND occurred_at <= ? AND transaction_id <> ?" + cutoff + ")");
        }
        return "SELECT " + latest.get(0) + ", GREATEST(" + latest.get(1) + ", " + latest.get(2) + "), GREATEST("
                + latest.get(3) + ", " + latest.get(4) + ")";
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static List<PastTransaction> window(Connection connection, Collection<String> accounts,
            Collection<String> partyIds, Instant asOf, Duration lookback, int maxRows, String exclude,
            Instant recordedBy) {
        try (PreparedStatement query = connection.prepareStatement(recordedBy == null ? WINDOW : WINDOW_RECORDED_BY)) {
            var accountKeys = connection.createArrayOf("varchar", accounts.toArray());
            var partyKeys = connection.createArrayOf("varchar", partyIds.toArray());
            int next = 1;
            for (String key : KEYS) {
                query.setArray(next++, key.endsWith("_account") ? accountKeys : partyKeys);
                query.setTimestamp(next++, Timestamp.from(asOf.minus(lookback)));
                query.setTimestamp(next++, Timestamp.from(asOf));
                query.setString(next++, exclude == null ? "" : exclude);
                if (recordedBy != null) query.setTimestamp(next++, Timestamp.from(recordedBy));
                query.setInt(next++, maxRows);
            }
            query.setInt(next, maxRows);
            List<PastTransaction> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) rows.add(map(rs, asOf));
            }
            return rows;
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("history window", e);
        }
    }

    /**
     * The window statement: per key column, each key value's newest rows through a LATERAL backward index scan with
     * its own LIMIT; DISTINCT ON drops a transaction met by two branches. The key values are read through a scalar
     * subquery ({@code unnest((SELECT ?)::varchar[])}) so that planning does not depend on them: PostgreSQL settles
     * on one generic plan per statement instead of planning each execution anew.
     */
    private static String sql(boolean recordedBy) {
        StringJoiner branches = new StringJoiner("\n        UNION ALL\n");
        for (String key : KEYS) {
            branches.add("""
                    SELECT w.* FROM unnest((SELECT ?)::varchar[]) AS k(key) CROSS JOIN LATERAL (
                              SELECT %s FROM transactions
                               WHERE %s = k.key AND occurred_at >= ? AND occurred_at <= ? AND transaction_id <> ?%s
                               ORDER BY %s LIMIT ?) AS w""".formatted(COLUMNS, key,
                    recordedBy ? " AND recorded_at <= ?" : "", NEWEST_FIRST));
        }
        return """
                SELECT DISTINCT ON (occurred_at, transaction_id COLLATE "C") * FROM (
                %s) AS branches
                 ORDER BY %s
                 LIMIT ?""".formatted(branches, NEWEST_FIRST);
    }

    private static PastTransaction map(ResultSet rs, Instant asOf) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        BigDecimal usd = rs.getBigDecimal("amount_usd");
        return new PastTransaction(rs.getString("transaction_id"), TransactionType.valueOf(rs.getString("type")),
                rs.getTimestamp("occurred_at").toInstant(), amount.stripTrailingZeros(), rs.getString("currency"),
                usd.setScale(2, java.math.RoundingMode.HALF_EVEN), rs.getString("originator_account"),
                rs.getString("beneficiary_account"), rs.getString("originator_party_id"),
                rs.getString("beneficiary_party_id"), rs.getString("originator_country"),
                rs.getString("beneficiary_country"), rs.getString("asset"), rs.getString("chain"),
                rs.getBoolean("new_counterparty"), 0, asOf);
    }
}
