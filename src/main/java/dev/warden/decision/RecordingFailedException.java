package dev.warden.decision;

import dev.warden.db.FailureText;

/**
 * The journal could not record a decision. It carries the SQLState and the error id of the journal's log line,
 * never the database's message: that can quote the values of every decision in the same commit.
 */
public class RecordingFailedException extends RuntimeException {
    private final String errorId;
    private final String sqlState;

    public RecordingFailedException(String errorId, String sqlState) {
        super("the decision could not be recorded (SQLState " + sqlState + ", error id " + errorId + ")");
        this.errorId = errorId;
        this.sqlState = sqlState;
    }

    public String errorId() {
        return errorId;
    }

    public String sqlState() {
        return sqlState;
    }

    /** The database refused a value of this decision (class 22): the request is at fault, and only it fails. */
    public boolean rejectedData() {
        return FailureText.isDataError(sqlState);
    }
}
