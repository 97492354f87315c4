package dev.warden.replay;

import java.math.RoundingMode;
import java.sql.Array;
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

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import dev.warden.facts.PastTransaction;
import dev.warden.facts.TransactionType;
import dev.warden.history.HistorySource;

/**
 * The history a recorded decision saw: the same window as {@link dev.warden.history.HistoryWindow} (accounts
 * involved, [occurredAt - lookback, occurredAt], the decided transaction excluded, newest first, bounded), minus
 * every transaction recorded after the decision was made. A transaction may arrive late (its occurredAt lies
 * before a decision already taken); the live window rightly sees it from then on, but the decision did not, so
 * a replay that reuses the live window would blame the rules for history they never had.
 *
 * <p>Kept apart from HistoryWindow on purpose: the live query runs thousands of times a second and must stay the
 * plain indexed window, while this one carries a cutoff only replay and backtest need.
 *
 * <p>Limit: recorded_at is the start of the journal's batch transaction; a twin decision in flight at the same
 * moment (not yet committed when the original read its window) can fall on either side of the cutoff.
 */
@ApplicationScoped
public class HistoryAsRecorded {
    private static final String SQL = """
            SELECT transaction_id, type, occurred_at, amount, currency, amount_usd, originator_account,
                   beneficiary_account, originator_party_id, beneficiary_party_id, originator_country,
                   beneficiary_country, asset, chain
              FROM transactions
             WHERE (originator_account = ANY (?) OR beneficiary_account = ANY (?))
               AND occurred_at >= ? AND occurred_at <= ? AND transaction_id <> ?
               AND recorded_at <= ?
             ORDER BY occurred_at DESC
             LIMIT ?""";

    private final DataSource dataSource;

    public HistoryAsRecorded(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The window as it stood when a decision was made at {@code decidedAt}. */
    public HistorySource asOf(Instant decidedAt) {
        return (accounts, asOf, lookback, maxRows, excluded) -> load(accounts, asOf, lookback, maxRows, excluded,
                decidedAt);
    }

    private List<PastTransaction> load(Collection<String> accounts, Instant asOf, Duration lookback, int maxRows,
            String excludeTransactionId, Instant recordedBy) {
        if (accounts.isEmpty()) return List.of();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(SQL)) {
            Array keys = connection.createArrayOf("varchar", accounts.toArray());
            query.setArray(1, keys);
            query.setArray(2, keys);
            query.setTimestamp(3, Timestamp.from(asOf.minus(lookback)));
            query.setTimestamp(4, Timestamp.from(asOf));
            query.setString(5, excludeTransactionId);
            query.setTimestamp(6, Timestamp.from(recordedBy));
            query.setInt(7, maxRows);
            List<PastTransaction> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) rows.add(map(rs, asOf));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("history as recorded by " + recordedBy + " failed: " + e.getMessage(), e);
        }
    }

    /** The same mapping as the live window (amounts normalised the same way), so both decide on equal facts. */
    private static PastTransaction map(ResultSet rs, Instant asOf) throws SQLException {
        return new PastTransaction(rs.getString("transaction_id"), TransactionType.valueOf(rs.getString("type")),
                rs.getTimestamp("occurred_at").toInstant(), rs.getBigDecimal("amount").stripTrailingZeros(),
                rs.getString("currency"), rs.getBigDecimal("amount_usd").setScale(2, RoundingMode.HALF_EVEN),
                rs.getString("originator_account"), rs.getString("beneficiary_account"),
                rs.getString("originator_party_id"), rs.getString("beneficiary_party_id"),
                rs.getString("originator_country"), rs.getString("beneficiary_country"), rs.getString("asset"),
                rs.getString("chain"), 0, asOf);
    }
}
