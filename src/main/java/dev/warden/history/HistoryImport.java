package dev.warden.history;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.postgresql.PGConnection;

/**
 * Loads past transactions into the history without deciding them: what a bank already booked before Warden went
 * live, so that the counterparty memory, the windows and the history held in the service start full instead of
 * empty (in an empty Warden every counterparty is new and every account looks quiet for the first months).
 *
 * <p>The CSV (its header row must name {@link #HEADER}'s columns in that order) is streamed with COPY into a
 * temporary table, then inserted in one statement that judges each row's {@code new_counterparty} as a decision
 * would have: the first transfer from its originator's account to its beneficiary's, among the imported rows and
 * those already stored (all of them: the counterparty memory's bound applies when decisions read it). A transaction
 * id already stored is left as it is (an import can be repeated). Rows are not decisions: nothing is added to the
 * audit log, and no rule runs.
 */
@ApplicationScoped
public class HistoryImport {
    /** The CSV header the import reads; account keys as {@code AccountKeys.of} names them (the account id). */
    public static final String HEADER = TransactionsTable.IMPORTED;
    private static final String COLUMNS = TransactionsTable.IMPORTED;
    private static final String STAGE = "CREATE TEMPORARY TABLE history_import (LIKE transactions INCLUDING DEFAULTS)"
            + " ON COMMIT DROP";
    private static final String INSERT = "INSERT INTO transactions (" + COLUMNS + ", new_counterparty) SELECT "
            + COLUMNS + ", originator_account IS NOT NULL AND beneficiary_account IS NOT NULL"
            + " AND row_number() OVER (PARTITION BY originator_account, beneficiary_account"
            + "   ORDER BY occurred_at, transaction_id COLLATE \"C\") = 1"
            + " AND NOT EXISTS (SELECT 1 FROM transactions t WHERE t.originator_account = s.originator_account"
            + "   AND t.beneficiary_account = s.beneficiary_account AND t.occurred_at <= s.occurred_at)"
            + " FROM history_import s ON CONFLICT (transaction_id) DO NOTHING";

    private final DataSource dataSource;
    /** Told of the import's commit, so that the history held in the service holds the rows before it answers. */
    private final Event<HistoryWritten> written;

    public HistoryImport(DataSource dataSource, Event<HistoryWritten> written) {
        this.dataSource = dataSource;
        this.written = written;
    }

    /** How many rows the CSV held and how many were new to the history. */
    public record Result(long read, long imported) {
    }

    /** Imports the CSV in one database transaction: all of it or, on a malformed row, none of it. */
    public Result importCsv(Reader csv) throws SQLException, IOException {
        Result result;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(STAGE);
                long read = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "COPY history_import (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv, HEADER MATCH)", csv);
                long imported = statement.executeUpdate(INSERT);
                connection.commit();
                result = new Result(read, imported);
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        // Decisions answered after this one see the imported rows without waiting for the mirror's next poll.
        written.fire(new HistoryWritten());
        return result;
    }
}
