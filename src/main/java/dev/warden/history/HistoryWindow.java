package dev.warden.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import dev.warden.db.DatabaseUnavailableException;
import dev.warden.facts.AccountActivity;
import dev.warden.facts.PastTransaction;

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
 * and the first maxRows are returned. That is the window an OR over the four columns gives. Each index is keyed
 * (column, occurred_at, transaction_id in byte order), the window's order, so no branch sorts (HistoryIndexesTest);
 * it reads the table once per row returned (V10: live decisions read the history held in the service, and the
 * columns these reads would need carried in the indexes made every insert cost more).
 */
@ApplicationScoped
// Not a HistorySource bean: live decisions get the one that reads the history held in the service first.
@Typed(HistoryWindow.class)
public class HistoryWindow implements HistorySource {
    /** Newest first; equal times by transactionId in byte order, as the held history (history.held) sorts them. */
    private static final String NEWEST_FIRST = "occurred_at DESC, transaction_id COLLATE \"C\" DESC";
    private static final List<String> KEYS = List.of("originator_account", "beneficiary_account",
            "originator_party_id", "beneficiary_party_id");
    private static final String WINDOW = sql(false);
    /** Replay and backtest: the window as it stood when a decision was made (later arrivals left out). */
    private static final String WINDOW_RECORDED_BY = sql(true);
    /**
     * One key for an ordered pair of accounts, as indexed by transactions_pair_key (V8): the originator's length
     * first, so that no two pairs share a key whatever their accounts contain.
     */
    private static final String PAIR_KEY = "(length(originator_account)::text || ':' || originator_account"
            + " || beneficiary_account)";
    private static final String PAIR_KEY_OF_PARAMETERS = "(SELECT length(?::text)::text || ':' || ?::text || ?::text)";
    /** The counterparty memory, one statement each way, built once (see activitySql). */
    private static final String ACTIVITY = activitySql(false);
    private static final String ACTIVITY_RECORDED_BY = activitySql(true);

    private final DataSource dataSource;
    private final UpstreamHops.Settings upstream;

    @Inject
    public HistoryWindow(DataSource dataSource, HistoryConfig config) {
        this(dataSource, UpstreamHops.Settings.of(config));
    }

    public HistoryWindow(DataSource dataSource, UpstreamHops.Settings upstream) {
        this.dataSource = dataSource;
        this.upstream = upstream;
    }

    /** Hop 0, the upstream levels and, when asked, the counterparty memory, as the database holds them now. */
    @Override
    public Recalled recall(HistoryRequest request) {
        return recall(request, null);
    }

    /**
     * The same, leaving out every transaction recorded after {@code recordedBy}: what a decision made at that moment
     * saw, for replay and backtest. A late arrival (occurred earlier, recorded later) is seen by live decisions from
     * then on, but not by decisions taken before it arrived.
     */
    public HistorySource asRecordedBy(Instant recordedBy) {
        return request -> recall(request, recordedBy);
    }

    /**
     * The counterparty memory, hop 0 and the upstream levels on one pooled connection (one checkout per decision).
     * A request without a memory, or without both accounts, skips the memory.
     */
    private Recalled recall(HistoryRequest request, Instant recordedBy) {
        boolean remember = request.asksCounterpartyMemory();
        WindowQuery hop0 = WindowQuery.hop0(request);
        if (!remember && !hop0.hasKeys()) return new Recalled(List.of(), null);
        try (Connection connection = dataSource.getConnection()) {
            AccountActivity activity = remember ? activity(connection, request, recordedBy) : null;
            if (!hop0.hasKeys()) return new Recalled(List.of(), activity);
            // Upstream levels reuse the same connection: no pool round trip per level.
            return new Recalled(UpstreamHops.withUpstream(request.knowing(activity),
                    window(connection, hop0, recordedBy), upstream, level -> window(connection, level, recordedBy)),
                    activity);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("history window", e);
        }
    }

    /** The counterparty memory of the request's two accounts. */
    private static AccountActivity activity(Connection connection, HistoryRequest request, Instant recordedBy)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(recordedBy == null ? ACTIVITY
                : ACTIVITY_RECORDED_BY)) {
            bindActivity(query, request, recordedBy);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return AccountActivity.of(request.asOf(), instant(rs, 1), instant(rs, 2), instant(rs, 3));
            }
        }
    }

    private static void bindActivity(PreparedStatement query, HistoryRequest request, Instant recordedBy)
            throws SQLException {
        String originatorAccount = request.upstreamOf();
        String beneficiaryAccount = request.beneficiaryAccount();
        String[][] keys = {{originatorAccount, originatorAccount, beneficiaryAccount}, {originatorAccount},
                {originatorAccount}, {beneficiaryAccount}, {beneficiaryAccount}};
        int next = 1;
        for (String[] condition : keys) {
            for (String key : condition) query.setString(next++, key);
            next = bindSpan(query, next, request.asOf().minus(request.counterpartyMemory()), request.asOf(),
                    request.excludeTransactionId(), recordedBy);
        }
    }

    /**
     * Binds a branch's span, exclusion and cut-off from parameter {@code next} on (the order both statements use);
     * returns the next parameter.
     */
    private static int bindSpan(PreparedStatement query, int next, Instant from, Instant to, String exclude,
            Instant recordedBy) throws SQLException {
        query.setTimestamp(next++, Timestamp.from(from));
        query.setTimestamp(next++, Timestamp.from(to));
        query.setString(next++, exclude == null ? "" : exclude);
        if (recordedBy != null) query.setTimestamp(next++, Timestamp.from(recordedBy));
        return next;
    }

    /**
     * Five subqueries in one round trip: the last transfer from the originator's account to the beneficiary's,
     * then each account's last time as payer and as payee. Each is ORDER BY occurred_at DESC LIMIT 1 over one
     * index, so it reads one or two index entries however busy the account (max() would read a year of them). The
     * pair is matched on the expression that transactions_pair_key indexes (V8): with plain column equalities the
     * generic plan picked the beneficiary's index and filtered a year of its payments by originator. Every value is
     * read through a scalar subquery, as in the window statement: with plain parameters PostgreSQL kept planning
     * each execution anew (0.8 ms, four times the execution), since the estimates depend on the accounts.
     */
    private static String activitySql(boolean recordedBy) {
        String[] conditions = {PAIR_KEY + " = " + PAIR_KEY_OF_PARAMETERS, "originator_account = (SELECT ?::varchar)",
                "beneficiary_account = (SELECT ?::varchar)", "originator_account = (SELECT ?::varchar)",
                "beneficiary_account = (SELECT ?::varchar)"};
        String cutoff = recordedBy ? " AND recorded_at <= (SELECT ?::timestamptz)" : "";
        List<String> latest = new ArrayList<>();
        for (String condition : conditions) {
            latest.add("(SELECT occurred_at FROM transactions WHERE " + condition
                    + " AND occurred_at >= (SELECT ?::timestamptz) AND occurred_at <= (SELECT ?::timestamptz)"
                    + " AND transaction_id <> (SELECT ?::varchar)" + cutoff + " ORDER BY occurred_at DESC LIMIT 1)");
        }
        return "SELECT " + latest.get(0) + ", GREATEST(" + latest.get(1) + ", " + latest.get(2) + "), GREATEST("
                + latest.get(3) + ", " + latest.get(4) + ")";
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** The window of some accounts (hop 0, or one upstream level), at most {@code perKey} rows per key value. */
    private static List<PastTransaction> window(Connection connection, WindowQuery window, Instant recordedBy) {
        try (PreparedStatement query = connection.prepareStatement(windowSql(recordedBy != null))) {
            bindWindow(query, connection, window, recordedBy);
            List<PastTransaction> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) rows.add(TransactionsTable.read(rs, window.asOf()));
            }
            return rows;
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("history window", e);
        }
    }

    /** The window statement, live or as recorded by a moment (one more parameter per branch). */
    static String windowSql(boolean recordedBy) {
        return recordedBy ? WINDOW_RECORDED_BY : WINDOW;
    }

    /** Binds the parameters of {@link #windowSql} in its order: per branch keys, span, exclusion, cutoff, limit. */
    static void bindWindow(PreparedStatement query, Connection connection, WindowQuery window, Instant recordedBy)
            throws SQLException {
        var accountKeys = connection.createArrayOf("varchar", window.accounts().toArray());
        var partyKeys = connection.createArrayOf("varchar", window.partyIds().toArray());
        int next = 1;
        for (String key : KEYS) {
            query.setArray(next++, key.endsWith("_account") ? accountKeys : partyKeys);
            next = bindSpan(query, next, window.from(), window.asOf(), window.excludeTransactionId(), recordedBy);
            query.setInt(next++, window.perKeyLimit());
        }
        query.setInt(next, window.maxRows());
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
                               ORDER BY %s LIMIT ?) AS w""".formatted(TransactionsTable.ALL, key,
                    recordedBy ? " AND recorded_at <= ?" : "", NEWEST_FIRST));
        }
        return """
                SELECT DISTINCT ON (occurred_at, transaction_id COLLATE "C") * FROM (
                %s) AS branches
                 ORDER BY %s
                 LIMIT ?""".formatted(branches, NEWEST_FIRST);
    }
}
