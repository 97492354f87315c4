package dev.warden.db;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What may be logged or answered about a failure. The messages of database exceptions can hold the values of the
 * statement (PgJDBC writes a failed batch entry with its parameters, PostgreSQL quotes the offending value), and
 * those are names, accounts and amounts, often of other requests: only SQLStates, class names and code locations
 * leave this class.
 */
public final class FailureText {
    private FailureText() {
    }

    /** The first SQLState in the failure's causes (and a batch's next exceptions), or null when none is known. */
    public static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null) return s.getSQLState();
                }
            }
        }
        return null;
    }

    /** PostgreSQL's class 22, data exception: the value sent is at fault, not the database. */
    public static boolean isDataError(String sqlState) {
        return sqlState != null && sqlState.startsWith("22");
    }

    /** The chain of exception classes with their SQLStates and where each was thrown, without their messages. */
    public static String describe(Throwable failure) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = failure; t != null && parts.size() < 8; t = t.getCause() == t ? null : t.getCause()) {
            StringBuilder part = new StringBuilder(t.getClass().getName());
            if (t instanceof SQLException sql && sql.getSQLState() != null) part.append(" SQLState ").append(sql.getSQLState());
            StackTraceElement[] stack = t.getStackTrace();
            if (stack.length > 0) part.append(" at ").append(stack[0]);
            parts.add(part.toString());
        }
        return String.join(" <- ", parts);
    }
}
