package dev.warden.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The schema gives each window branch (HistoryWindow: one key column, newest first, bounded) an index that hands rows
 * over in the window's order, so that a busy account's branch reads its newest rows and stops at the limit instead
 * of reading and sorting all of them. Asked of the planner with sequential and bitmap scans off, since a test
 * database is too small for it to prefer an index on its own; what is checked is that the index it then uses needs
 * no sort, which fails if a migration changes the keys, their order or the collation of transaction_id.
 */
@QuarkusTest
class HistoryIndexesTest {
    @Inject
    DataSource dataSource;

    @ParameterizedTest
    @CsvSource({"originator_account, transactions_originator_window",
            "beneficiary_account, transactions_beneficiary_window",
            "originator_party_id, transactions_originator_party_window",
            "beneficiary_party_id, transactions_beneficiary_party_window"})
    void eachWindowBranchIsABackwardScanOfItsIndexWithNoSort(String key, String index) throws Exception {
        List<String> plan = plan("SELECT " + HistoryWindow.COLUMNS + " FROM transactions WHERE " + key + " = 'acc-1'"
                + " AND occurred_at >= '2024-01-01' AND occurred_at <= '2024-02-01' AND transaction_id <> 'x'"
                + " ORDER BY occurred_at DESC, transaction_id COLLATE \"C\" DESC LIMIT 500");

        assertThat(plan).anyMatch(line -> line.contains("Index Scan Backward using " + index + " on transactions"));
        assertThat(plan).noneMatch(line -> line.contains("Sort"));
    }

    private List<String> plan(String query) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                statement.execute("SET LOCAL enable_seqscan = off");
                statement.execute("SET LOCAL enable_bitmapscan = off");
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("EXPLAIN (COSTS OFF) " + query)) {
                    while (rs.next()) lines.add(rs.getString(1));
                }
                return lines;
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }
}
