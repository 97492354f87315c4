package dev.warden.console.graph;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import dev.warden.db.DatabaseUnavailableException;

/**
 * The stored transfers a money path is drawn from, in one statement: the transactions a finding names and the
 * decided one, and every transaction sent or received by the given accounts in [from, to] (the finding's window
 * before the decision), at most {@link #MAX_TRANSFERS} rows, the named ones first, then newest first. Reads the
 * {@code transactions} history table through its account indexes (the same columns {@code history.HistoryWindow}
 * reads), every value bound.
 */
@ApplicationScoped
public class TransferReads {
    /** Rows drawn at most: past a hundred edges a drawing stops telling the officer anything. */
    public static final int MAX_TRANSFERS = 100;
    /** How a transfer side without an account (cash, say) is shown. */
    public static final String NO_ACCOUNT = "(no account)";
    private static final String SELECT = """
            SELECT transaction_id, occurred_at, amount, currency, originator_account, beneficiary_account,
                   new_counterparty
              FROM transactions
             WHERE transaction_id = ANY (?)
                OR (occurred_at >= ? AND occurred_at <= ?
                    AND (originator_account = ANY (?) OR beneficiary_account = ANY (?)))
             ORDER BY transaction_id = ANY (?) DESC, occurred_at DESC, transaction_id COLLATE "C" DESC
             LIMIT ?""";

    private final DataSource dataSource;

    public TransferReads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What was read, and whether the row bound cut it short. */
    public record Read(List<Transfer> transfers, boolean truncated) {
    }

    public Read read(Collection<String> transactionIds, String decidedId, Collection<String> accounts, Instant from,
            Instant to) {
        List<String> ids = new ArrayList<>(transactionIds);
        ids.add(decidedId);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT)) {
            Array idArray = connection.createArrayOf("varchar", ids.toArray());
            Array accountArray = connection.createArrayOf("varchar", accounts.toArray());
            select.setArray(1, idArray);
            select.setTimestamp(2, Timestamp.from(from));
            select.setTimestamp(3, Timestamp.from(to));
            select.setArray(4, accountArray);
            select.setArray(5, accountArray);
            select.setArray(6, idArray);
            select.setInt(7, MAX_TRANSFERS + 1);
            List<Transfer> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    found.add(new Transfer(id, rows.getTimestamp(2).toInstant(), rows.getBigDecimal(3),
                            rows.getString(4), orNone(rows.getString(5)), orNone(rows.getString(6)), rows.getBoolean(7),
                            id.equals(decidedId)));
                }
            }
            boolean truncated = found.size() > MAX_TRANSFERS;
            return new Read(truncated ? List.copyOf(found.subList(0, MAX_TRANSFERS)) : found, truncated);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("reading transfers for the console", e);
        }
    }

    private static String orNone(String account) {
        return account == null ? NO_ACCOUNT : account;
    }
}
