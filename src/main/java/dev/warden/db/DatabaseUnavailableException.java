package dev.warden.db;

/**
 * PostgreSQL did not answer a query or a commit the decision path needed. The message names the stage only: the
 * cause's message may quote the values of the statement.
 */
public class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String stage, Throwable cause) {
        super("the database is unavailable (" + stage + ")", cause);
    }
}
