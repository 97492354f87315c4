package dev.warden.rules.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** The results of running a rule set's scenarios, and which of its rules no scenario made fire. */
public record ScenarioReport(String ruleSetVersion, List<ScenarioResult> results, List<String> uncoveredRules) {

    public long failed() {
        return results.stream().filter(r -> !r.passed()).count();
    }

    public long passed() {
        return results.size() - failed();
    }

    public boolean allPassed() {
        return failed() == 0;
    }

    /** The report a compliance officer reads in a terminal. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("Rule set ").append(ruleSetVersion).append('\n');
        for (ScenarioResult r : results) {
            out.append(r.passed() ? "  PASS  " : "  FAIL  ").append(r.title())
                    .append(" -> ").append(r.outcome()).append(' ').append(r.fired()).append('\n');
            r.failures().forEach(f -> out.append("          ").append(f).append('\n'));
        }
        out.append('\n').append(passed()).append(" passed, ").append(failed()).append(" failed\n");
        if (!uncoveredRules.isEmpty()) {
            out.append("Rules no scenario makes fire (").append(uncoveredRules.size()).append("): ")
                    .append(uncoveredRules.stream().collect(Collectors.joining(", "))).append('\n');
        } else {
            out.append("Every rule fires in at least one scenario.\n");
        }
        return out.toString();
    }
}
