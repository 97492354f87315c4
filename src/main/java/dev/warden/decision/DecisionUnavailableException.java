package dev.warden.decision;

/** Warden cannot decide or record right now (no rule set loaded, database down, write queue full). */
public class DecisionUnavailableException extends RuntimeException {
    public DecisionUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
