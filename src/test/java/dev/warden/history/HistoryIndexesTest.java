package dev.warden.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The schema gives each branch of HistoryWindow's statement (one key column, newest first, bounded) an index that
 * hands rows over in the window's order, so that a busy account's branch reads its newest rows and stops at the
 * limit instead of reading and sorting all of them. The statement itself is asked of the planner, live and as
 * recorded (replay, backtest), with sequential and bitmap scans off, since a test database is too small for it to
 * prefer an index on its own. Checked: every branch is a backward scan of its column's index, and the one sort is
 * the merge of the branches; it fails if a migration or the statement changes the keys, their order or the
 * collation of transaction_id.
 */
@QuarkusTest
class HistoryIndexesTest {
    private static final List<String> INDEXES = List.of("transactions_originator_window",
            "transactions_beneficiary_window", "transactions_originator_party_window",
            "transactions_beneficiary_party_window");

    @Inject
    DataSource dataSource;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void eachBranchOfTheWindowIsABackwardScanOfItsIndexWithNoSort(boolean recordedBy) throws Exception {
        List<String> plan = plan(recordedBy);

        for (String index : INDEXES) {
            assertThat(plan).as("%s", plan)
                    .anyMatch(line -> line.contains("Index Scan Backward using " + index + " on transactions"));
        }
        assertThat(plan.stream().filter(HistoryIndexesTest::isSortNode).count()).as("%s", plan).isEqualTo(1);
    }

    /** A Sort (or Incremental Sort) node of the plan, not its "Sort Key:" detail line. */
    private static boolean isSortNode(String line) {
        String node = line.strip().replaceFirst("^->\\s+", "");
        return node.matches("(Incremental )?Sort");
    }

    private List<String> plan(boolean recordedBy) throws Exception {
        Instant asOf = Instant.parse("2024-02-01T00:00:00Z");
        try (Connection connection = dataSource.getConnection(); Statement settings = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                settings.execute("SET LOCAL enable_seqscan = off");
                settings.execute("SET LOCAL enable_bitmapscan = off");
                try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (COSTS OFF) "
                        + HistoryWindow.windowSql(recordedBy))) {
                    HistoryWindow.bindWindow(explain, connection, new WindowQuery(List.of("acc-1", "acc-2"),
                            List.of("party-1"), new HistoryRequest.Decided("x", asOf), Duration.ofDays(30), 16, 500),
                            recordedBy ? asOf : null);
                    List<String> lines = new ArrayList<>();
                    try (ResultSet rs = explain.executeQuery()) {
                        while (rs.next()) lines.add(rs.getString(1));
                    }
                    return lines;
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }
}
