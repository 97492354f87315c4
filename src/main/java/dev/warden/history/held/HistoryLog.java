package dev.warden.history.held;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import dev.warden.facts.PastTransaction;
import dev.warden.history.TransactionsTable;

/**
 * The history rows committed since the last look, for {@link HistoryMirror}: whoever wrote them (this replica's
 * journal, another replica, an import).
 *
 * <p>"Since" is told by the database transaction that wrote each row ({@code transactions.written_by}, V9) and the
 * snapshot of each look: a writer that had finished when the last snapshot was taken (an id below its xmax, not in
 * its in-progress list) was read then; so a look reads the rows of the writers in progress at the last snapshot and of
 * the writers that began after it (ids from its xmax on), and nothing else. Timestamps or sequence values cannot do
 * this: they are taken before the commit, so a row can become visible after rows with later values. Not thread-safe:
 * the caller looks one at a time.
 */
final class HistoryLog {
    /** The statement's own snapshot: in a REPEATABLE READ transaction, the one every later statement reads with. */
    static final String SNAPSHOT = "SELECT pg_current_snapshot()::text";
    /**
     * The statement's own snapshot with the rows it sees: pg_current_snapshot() is the snapshot the statement reads
     * with. Two index scans of transactions_written_by: writers from the last xmax on, in id order (so that no
     * estimate of how many there are can turn it into a table scan), and the writers then in progress. Values through
     * scalar subqueries, so that one generic plan serves (see HistoryWindow).
     */
    private static final String SINCE = """
            SELECT s.snapshot, t.* FROM (SELECT pg_current_snapshot()::text AS snapshot) AS s
              LEFT JOIN LATERAL (
                (SELECT %1$s FROM transactions WHERE written_by >= (SELECT ?::text::xid8) ORDER BY written_by LIMIT ?)
                UNION ALL
                (SELECT %1$s FROM transactions WHERE written_by = ANY ((SELECT ?::text[])::xid8[])
                  ORDER BY written_by LIMIT ?)) AS t ON true"""
            .formatted(TransactionsTable.ALL);

    /** What one look found: every row, or (more than {@code maxRows}, a bulk import) not all of them. */
    record Written(List<PastTransaction> rows, boolean complete) {
    }

    /** A snapshot's xmax and in-progress transaction ids (pg_snapshot's text form xmin:xmax:xip,...). */
    private record Snapshot(String xmax, String[] inProgress) {
        static Snapshot parse(String text) {
            String[] parts = text.split(":", -1);
            return new Snapshot(parts[1], parts[2].isEmpty() ? new String[0] : parts[2].split(","));
        }
    }

    private final int maxRows;
    private final Snapshot last;

    /** The log after a read that used the snapshot {@code snapshot} (the text of pg_current_snapshot()). */
    HistoryLog(String snapshot, int maxRows) {
        this.last = Snapshot.parse(snapshot);
        this.maxRows = maxRows;
    }

    private HistoryLog(Snapshot last, int maxRows) {
        this.last = last;
        this.maxRows = maxRows;
    }

    /** What a look found and the log to look with next. */
    record Look(Written written, HistoryLog next) {
    }

    /** The rows committed since this log's snapshot, seen from {@code asOf}, shared values through {@code shared}. */
    Look since(Connection connection, Instant asOf, UnaryOperator<String> shared) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SINCE)) {
            query.setString(1, last.xmax());
            query.setInt(2, maxRows + 1);
            query.setArray(3, connection.createArrayOf("text", last.inProgress()));
            query.setInt(4, maxRows + 1);
            List<PastTransaction> rows = new ArrayList<>();
            String snapshot = null;
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    snapshot = rs.getString("snapshot");
                    if (rs.getString("transaction_id") != null) rows.add(TransactionsTable.read(rs, asOf, shared));
                }
            }
            HistoryLog next = new HistoryLog(Snapshot.parse(snapshot), maxRows);
            boolean complete = rows.size() <= maxRows;
            return new Look(new Written(complete ? rows : List.of(), complete), next);
        }
    }

    @Override
    public String toString() {
        return "since xmax " + last.xmax() + ", in progress " + Arrays.toString(last.inProgress());
    }
}
