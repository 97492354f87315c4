package dev.warden.db;

/** PostgreSQL did not answer a query or a commit the decision path needed. */
public class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String stage, Throwable cause) {
        super("the database is unavailable (" + stage + "): " + cause.getMessage(), cause);
    }
}
