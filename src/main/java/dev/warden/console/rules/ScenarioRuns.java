package dev.warden.console.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import dev.warden.rules.CompiledRuleSet;
import dev.warden.rules.RuleDiagnostic;
import dev.warden.rules.lifecycle.RuleSetValidator;

/**
 * Runs the serving set's scenarios as validation does (same loader, runner and seed screening) and keeps the last
 * run of this pod for the rules page. The serving set is the deployed, trusted folder, so it runs in this process.
 */
@ApplicationScoped
public class ScenarioRuns {
    private final AtomicReference<ScenarioRun> last = new AtomicReference<>();

    public ScenarioRun run(CompiledRuleSet serving, String ranBy) {
        List<RuleDiagnostic> unreadable = new ArrayList<>();
        ScenarioRun run = new ScenarioRun(Instant.now(), ranBy, RuleSetValidator.scenarios(serving, unreadable),
                List.copyOf(unreadable));
        last.set(run);
        return run;
    }

    public Optional<ScenarioRun> last() {
        return Optional.ofNullable(last.get());
    }
}
