package dev.warden.rules.lifecycle;

import dev.warden.rules.CompiledRuleSet;
import dev.warden.rules.RuleDiagnostic;
import dev.warden.rules.RuleSetCompiler;
import dev.warden.rules.RuleSetInvalidException;
import dev.warden.rules.RuleSources;
import java.util.ArrayList;
import java.util.List;

import dev.warden.rules.scenario.Scenario;
import dev.warden.rules.scenario.ScenarioLoader;
import dev.warden.rules.scenario.ScenarioReport;
import dev.warden.rules.scenario.ScenarioRunner;
import dev.warden.rules.scenario.SeedScreening;

/**
 * Decides whether a candidate rule set may serve: it must compile under the house rules and, when the gate is
 * on, every scenario in its tests/ folder must pass. Used before every activation and by the validate endpoint,
 * so what validates is exactly what would load.
 */
public final class RuleSetValidator {
    private final RuleSetCompiler compiler;

    /** For the deployed folder, which is trusted code. */
    public RuleSetValidator() {
        this(RuleSetCompiler.Trust.DEPLOYED);
    }

    public RuleSetValidator(RuleSetCompiler.Trust trust) {
        this.compiler = new RuleSetCompiler(trust);
    }

    /** A compiled set (null when it does not compile), every problem found, and the scenario results. */
    public record Validation(CompiledRuleSet ruleSet, List<RuleDiagnostic> diagnostics, ScenarioReport scenarios) {
        public boolean valid() {
            return ruleSet != null && diagnostics.isEmpty();
        }
    }

    public Validation validate(RuleSources sources, boolean requirePassingScenarios) {
        CompiledRuleSet compiled;
        try {
            compiled = compiler.compile(sources);
        } catch (RuleSetInvalidException e) {
            return new Validation(null, e.diagnostics(), null);
        }
        List<RuleDiagnostic> diagnostics = new ArrayList<>();
        ScenarioReport report = scenarios(compiled, diagnostics);
        if (requirePassingScenarios) {
            report.results().stream().filter(r -> !r.passed()).forEach(r -> r.failures().forEach(f ->
                    diagnostics.add(new RuleDiagnostic(r.file(), 0, "scenario '" + r.scenario() + "' step " + r.step()
                            + " (" + r.transactionId() + "): " + f))));
        } else {
            diagnostics.clear();
        }
        return new Validation(compiled, List.copyOf(diagnostics), report);
    }

    /**
     * Runs the scenarios in a compiled set's tests/ folder, exactly as validation does; files that cannot be read as
     * scenarios are added to {@code diagnostics}.
     */
    public static ScenarioReport scenarios(CompiledRuleSet compiled, List<RuleDiagnostic> diagnostics) {
        List<Scenario> scenarios = new ScenarioLoader().load(compiled.sources(), diagnostics);
        return new ScenarioRunner(SeedScreening.index(), ScenarioRunner.DEFAULT_WINDOW).run(compiled, scenarios);
    }
}
