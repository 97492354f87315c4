package dev.warden.history;

import java.math.BigDecimal;
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

/**
 * Loads the recent history of every account involved in a decision with one indexed query: all transactions
 * sent or received by those accounts in [occurredAt - lookback, occurredAt], newest first, bounded in rows.
 * Time is the transaction's, never the wall clock.
 */
@ApplicationScoped
public class HistoryWindow implements HistorySource {
    private static final String SQL = """
            SELECT transaction_id, type, occurred_at, amount, currency, amount_usd, originator_account,
                   beneficiary_account, originator_party_id, beneficiary_party_id, originator_country,
                   beneficiary_country, asset, chain
              FROM transactions
             WHERE (originator_account = ANY (?) OR beneficiary_account = ANY (?))
               AND occurred_at >= ? AND occurred_at <= ? AND transaction_id <> ?
             ORDER BY occurred_at DESC
             LIMIT ?""";

    private final DataSource dataSource;

    public HistoryWindow(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<PastTransaction> load(Collection<String> accounts, Instant asOf, Duration lookback, int maxRows,
            String excludeTransactionId) {
        if (accounts.isEmpty()) return List.of();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(SQL)) {
            Array keys = connection.createArrayOf("varchar", accounts.toArray());
            query.setArray(1, keys);
            query.setArray(2, keys);
            query.setTimestamp(3, Timestamp.from(asOf.minus(lookback)));
            query.setTimestamp(4, Timestamp.from(asOf));
            query.setString(5, excludeTransactionId);
            query.setInt(6, maxRows);
            List<PastTransaction> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) rows.add(map(rs, asOf));
            }
            return rows;
        } catch (SQLException e) {
            throw new HistoryUnavailableException(e);
        }
    }

    private static PastTransaction map(ResultSet rs, Instant asOf) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        BigDecimal usd = rs.getBigDecimal("amount_usd");
        return new PastTransaction(rs.getString("transaction_id"), TransactionType.valueOf(rs.getString("type")),
                rs.getTimestamp("occurred_at").toInstant(), amount.stripTrailingZeros(), rs.getString("currency"),
                usd.setScale(2, java.math.RoundingMode.HALF_EVEN), rs.getString("originator_account"),
                rs.getString("beneficiary_account"), rs.getString("originator_party_id"),
                rs.getString("beneficiary_party_id"), rs.getString("originator_country"),
                rs.getString("beneficiary_country"), rs.getString("asset"), rs.getString("chain"), 0, asOf);
    }

    /** The database did not answer the window query. */
    public static class HistoryUnavailableException extends RuntimeException {
        public HistoryUnavailableException(SQLException cause) {
            super("history window query failed: " + cause.getMessage(), cause);
        }
    }
}
