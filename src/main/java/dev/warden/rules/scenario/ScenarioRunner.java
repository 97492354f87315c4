package dev.warden.rules.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.warden.engine.DecisionEngine;
import dev.warden.engine.DecisionRequest;
import dev.warden.facts.Finding;
import dev.warden.facts.KycProfile;
import dev.warden.facts.Transaction;
import dev.warden.history.held.InMemoryHistory;
import dev.warden.rules.CompiledRuleSet;
import dev.warden.rules.RuleInfo;
import dev.warden.screening.ScreeningIndex;

/**
 * Runs scenarios on the same {@link DecisionEngine} the live service decides with, with profiles and history
 * held in memory: no database, no HTTP. Each decided step joins the history of the steps after it, as a
 * recorded decision would.
 */
public final class ScenarioRunner {
    /** The window scenarios run with unless the service is configured otherwise. */
    public static final DecisionEngine.Window DEFAULT_WINDOW = DecisionEngine.Window.DEFAULT;

    private final DecisionEngine engine = new DecisionEngine();
    private final ScreeningIndex screening;
    private final DecisionEngine.Window window;

    public ScenarioRunner(ScreeningIndex screening, DecisionEngine.Window window) {
        this.screening = screening;
        this.window = window;
    }

    public ScenarioReport run(CompiledRuleSet ruleSet, List<Scenario> scenarios) {
        List<ScenarioResult> results = new ArrayList<>();
        Set<String> firedAnywhere = new TreeSet<>();
        for (Scenario scenario : scenarios) {
            results.addAll(run(ruleSet, scenario, firedAnywhere));
        }
        List<String> uncovered = ruleSet.rules().stream().map(RuleInfo::id)
                .filter(id -> !firedAnywhere.contains(id)).toList();
        return new ScenarioReport(ruleSet.version(), results, uncovered);
    }

    private List<ScenarioResult> run(CompiledRuleSet ruleSet, Scenario scenario, Set<String> firedAnywhere) {
        Map<String, KycProfile> profiles = new HashMap<>();
        scenario.parties().forEach((id, profile) -> profiles.put(id, profile.toFacts()));
        InMemoryHistory history = new InMemoryHistory();
        List<ScenarioResult> results = new ArrayList<>();
        try {
            // In time order, so each row's new-counterparty flag is judged on the rows before it, as live.
            List<DecisionRequest> earliest = scenario.history().stream()
                    .sorted(java.util.Comparator.comparing(DecisionRequest::occurredAt)).toList();
            for (DecisionRequest earlier : earliest) {
                Transaction past = DecisionEngine.transaction(earlier, ruleSet, profiles);
                DecisionEngine.recallActivity(past, history, window.counterpartyMemory());
                history.add(DecisionEngine.asPast(past, 0));
            }
        } catch (RuntimeException e) {
            results.add(new ScenarioResult(scenario.file(), scenario.name(), 0, "history", "ERROR", List.of(),
                    List.of("history cannot be built: " + e.getMessage())));
            return results;
        }
        int number = 0;
        for (Scenario.Step step : scenario.steps()) {
            number++;
            DecisionRequest request = step.request();
            try {
                java.util.Set<String> executed = new java.util.HashSet<>();
                DecisionEngine.Evaluation evaluation = engine.evaluate(ruleSet, screening, request, profiles, history,
                        window, executed);
                List<String> fired = evaluation.findings().stream().map(Finding::getRuleId).distinct().toList();
                firedAnywhere.addAll(executed);
                results.add(new ScenarioResult(scenario.file(), scenario.name(), number, request.transactionId(),
                        evaluation.outcome().name(), fired, check(step.expect(), evaluation, fired, ruleSet)));
                history.add(DecisionEngine.asPast(evaluation.transaction(), 0));
            } catch (RuntimeException e) {
                results.add(new ScenarioResult(scenario.file(), scenario.name(), number, request.transactionId(),
                        "ERROR", List.of(), List.of("cannot be decided: " + e.getMessage())));
            }
        }
        return results;
    }

    private static List<String> check(Scenario.Expectation expect, DecisionEngine.Evaluation evaluation,
            List<String> fired, CompiledRuleSet ruleSet) {
        List<String> failures = new ArrayList<>();
        Set<String> known = new TreeSet<>(ruleSet.rules().stream().map(RuleInfo::id).toList());
        if (expect.outcome() != null && expect.outcome() != evaluation.outcome()) {
            failures.add("expected outcome " + expect.outcome() + " but was " + evaluation.outcome());
        }
        for (String id : expect.fired()) {
            if (!known.contains(id)) failures.add("expects " + id + " to fire, but the rule set has no such rule");
            else if (!fired.contains(id)) failures.add("expected " + id + " to fire; it did not");
        }
        for (String id : expect.notFired()) {
            if (!known.contains(id)) failures.add("expects " + id + " not to fire, but the rule set has no such rule");
            else if (fired.contains(id)) failures.add("expected " + id + " not to fire; it fired: " + messageOf(evaluation, id));
        }
        return failures;
    }

    private static String messageOf(DecisionEngine.Evaluation evaluation, String ruleId) {
        return evaluation.findings().stream().filter(f -> f.getRuleId().equals(ruleId)).map(Finding::getMessage)
                .findFirst().orElse("");
    }
}
