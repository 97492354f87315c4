package dev.warden.console.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import dev.warden.console.graph.Timeline.Direction;
import dev.warden.console.graph.Timeline.Entry;
import dev.warden.db.DatabaseUnavailableException;

/**
 * The newest transactions of one customer, by party id or by account key: each side's index read backwards to
 * the limit (the (column, occurred_at, transaction_id) indexes of V10), merged newest first, with the outcome of
 * the decision that recorded each (none for imported history). One statement, values bound.
 */
@ApplicationScoped
public class TimelineReads {
    private static final String COLUMNS = "transaction_id, occurred_at, amount, currency, originator_account,"
            + " beneficiary_account, originator_party_id, beneficiary_party_id";
    private static final String NEWEST_FIRST = "occurred_at DESC, transaction_id COLLATE \"C\" DESC";
    private static final String BY_PARTY = sql("originator_party_id", "beneficiary_party_id");
    private static final String BY_ACCOUNT = sql("originator_account", "beneficiary_account");

    public enum Key { PARTY, ACCOUNT }

    private final DataSource dataSource;

    public TimelineReads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private static String sql(String originatorColumn, String beneficiaryColumn) {
        return "SELECT t.transaction_id, t.occurred_at, t.amount, t.currency, t.originator_account,"
                + " t.beneficiary_account, t.originator_party_id, t.beneficiary_party_id, d.outcome FROM ("
                + "(SELECT " + COLUMNS + " FROM transactions WHERE " + originatorColumn + " = ? ORDER BY " + NEWEST_FIRST
                + " LIMIT ?) UNION (SELECT " + COLUMNS + " FROM transactions WHERE " + beneficiaryColumn + " = ? ORDER BY "
                + NEWEST_FIRST + " LIMIT ?)) t LEFT JOIN decisions d ON d.transaction_id = t.transaction_id"
                + " ORDER BY t.occurred_at DESC, t.transaction_id COLLATE \"C\" DESC LIMIT ?";
    }

    public List<Entry> newest(Key key, String customer, int limit, Set<String> caseTransactions) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(key == Key.PARTY ? BY_PARTY : BY_ACCOUNT)) {
            select.setString(1, customer);
            select.setInt(2, limit);
            select.setString(3, customer);
            select.setInt(4, limit);
            select.setInt(5, limit);
            List<Entry> entries = new ArrayList<>();
            int sideColumn = key == Key.PARTY ? 7 : 5;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    boolean sent = customer.equals(rows.getString(sideColumn));
                    boolean received = customer.equals(rows.getString(sideColumn + 1));
                    Direction direction = sent && received ? Direction.OWN : sent ? Direction.OUT : Direction.IN;
                    int other = direction == Direction.IN ? 0 : 1;
                    String id = rows.getString(1);
                    entries.add(new Entry(id, TransferText.time(rows.getTimestamp(2).toInstant()), direction,
                            rows.getString(5 + other), rows.getString(7 + other),
                            TransferText.amount(rows.getBigDecimal(3), rows.getString(4)), rows.getString(9),
                            caseTransactions.contains(id)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("reading a case timeline for the console", e);
        }
    }
}
