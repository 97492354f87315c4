package dev.warden.decision;

/** The transactionId was already decided with a different request body. */
public class DecisionConflictException extends RuntimeException {
    private final String decisionId;

    public DecisionConflictException(String transactionId, String decisionId) {
        super("transactionId " + transactionId + " was already decided (decision " + decisionId
                + ") with a different request body");
        this.decisionId = decisionId;
    }

    public String decisionId() {
        return decisionId;
    }
}
