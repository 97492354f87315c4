package dev.warden.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that does not compile or breaks the house rules; carries every diagnostic, not just the first. */
public class RuleSetInvalidException extends RuntimeException {
    private final List<RuleDiagnostic> diagnostics;

    public RuleSetInvalidException(List<RuleDiagnostic> diagnostics) {
        super("Rule set rejected:\n  " + diagnostics.stream().map(RuleDiagnostic::toString)
                .collect(Collectors.joining("\n  ")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<RuleDiagnostic> diagnostics() {
        return diagnostics;
    }
}
