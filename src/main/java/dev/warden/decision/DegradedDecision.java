package dev.warden.decision;

import dev.warden.db.DatabaseUnavailableException;
import dev.warden.db.FailureText;
import java.util.ArrayList;
import java.util.List;

import dev.warden.facts.Category;
import dev.warden.facts.Evidence;
import dev.warden.facts.Finding;
import dev.warden.facts.Severity;

/**
 * The fail-closed answer while the database is down: the rules' own findings (screening still works from memory,
 * so a listed wallet still blocks) plus a SYSTEM_DEGRADED finding that holds the payment for review.
 */
final class DegradedDecision {
    static final String RULE_ID = "SYSTEM_DEGRADED";

    private DegradedDecision() {
    }

    static List<Finding> withDegradedFinding(List<Finding> findings, DatabaseUnavailableException cause) {
        List<Finding> all = new ArrayList<>(findings);
        all.add(new Finding(RULE_ID, Category.SYSTEM, Severity.REVIEW, 50,
                "The database is unavailable: decided without history or KYC profiles, and NOT recorded. "
                        + "Send the transaction again once Warden is ready to get a recorded decision.",
                Evidence.of("cause", cause.getMessage() + sqlState(cause))));
        return List.copyOf(all);
    }

    /** The SQLState only: the database's message can quote the values of other decisions in the same commit. */
    private static String sqlState(DatabaseUnavailableException cause) {
        String state = FailureText.sqlState(cause);
        return state == null ? "" : ", SQLState " + state;
    }
}
