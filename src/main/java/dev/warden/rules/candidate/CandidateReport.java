package dev.warden.rules.candidate;

import java.util.List;

import dev.warden.rules.RuleDiagnostic;
import dev.warden.rules.RuleInfo;
import dev.warden.rules.scenario.ScenarioReport;

/**
 * What validating an uploaded candidate found: its problems (empty when it may serve), its rules when it
 * compiled, its scenario results when they ran. Crosses the boundary of the validating child JVM as JSON.
 */
public record CandidateReport(List<RuleDiagnostic> diagnostics, List<RuleInfo> rules, ScenarioReport scenarios) {
    public boolean valid() {
        return rules != null && diagnostics.isEmpty();
    }

    static CandidateReport rejected(List<RuleDiagnostic> diagnostics) {
        return new CandidateReport(List.copyOf(diagnostics), null, null);
    }
}
