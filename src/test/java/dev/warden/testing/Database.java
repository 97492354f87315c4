package dev.warden.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Direct reads of the test database, to check what was (and was not) stored. */
public final class Database {
    private Database() {
    }

    public static long count(DataSource dataSource, String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) s.setObject(i + 1, params[i]);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of a table (decisions or transactions) whose transactionId starts with the prefix a test gave. */
    public static long recorded(DataSource dataSource, String table, String transactionIdPrefix) {
        return count(dataSource, "SELECT count(*) FROM " + table + " WHERE transaction_id LIKE ?", transactionIdPrefix + "%");
    }

    /** Rows in the history and the audit log together: what a rejected request must leave unchanged. */
    public static long storedRows(DataSource dataSource) {
        return count(dataSource, "SELECT (SELECT count(*) FROM transactions) + (SELECT count(*) FROM decisions)");
    }
}
