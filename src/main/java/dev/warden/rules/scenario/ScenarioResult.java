package dev.warden.rules.scenario;

import java.util.List;

/** How one step of one scenario went: what fired, what outcome, and every expectation it broke. */
public record ScenarioResult(String file, String scenario, int step, String transactionId, String outcome,
        List<String> fired, List<String> failures) {

    public boolean passed() {
        return failures.isEmpty();
    }

    /** "rules/tests/x.yaml › name › step 2 (t-3)" */
    public String title() {
        return file + " \u203a " + scenario + " \u203a step " + step + " (" + transactionId + ")";
    }
}
