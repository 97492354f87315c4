package dev.warden.rules;

import static dev.warden.rules.RuleFolders.HEADER;
import static dev.warden.rules.RuleFolders.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;

import dev.warden.facts.Finding;
import dev.warden.facts.Transaction;
import dev.warden.facts.TransactionType;
import dev.warden.rules.scenario.Scenario;
import dev.warden.rules.scenario.ScenarioLoader;
import dev.warden.rules.scenario.ScenarioReport;
import dev.warden.rules.scenario.ScenarioRunner;
import dev.warden.rules.scenario.SeedScreening;

/**
 * A decision evaluated on a session an earlier decision used gets what it would get on a new one: nothing of the
 * earlier decision's facts, findings, matches or node memories is left behind, also when a rule threw.
 */
class ReusedSessionsTest {
    @TempDir
    Path dir;

    @Test
    void theScenarioSuiteDecidesAlikeOnReusedAndOnNewSessions() {
        RuleSources sources = RuleSources.readFolder(Path.of("rules"));
        CompiledRuleSet reused = new RuleSetCompiler().compile(sources);
        List<Scenario> scenarios = new ScenarioLoader().load(sources, new ArrayList<>());
        ScenarioRunner runner = new ScenarioRunner(SeedScreening.index(), ScenarioRunner.DEFAULT_WINDOW);

        ScenarioReport onNewSessions = runner.run(alwaysNewSessions(reused), scenarios);
        ScenarioReport first = runner.run(reused, scenarios);
        // Backwards, so each scenario meets sessions left by different neighbours than the first time.
        ScenarioReport backwards = runner.run(reused, reversed(scenarios));

        assertThat(onNewSessions.results()).hasSizeGreaterThan(100);
        assertThat(first.results()).isEqualTo(onNewSessions.results());
        assertThat(backwards.results()).containsExactlyInAnyOrderElementsOf(onNewSessions.results());
    }

    @Test
    void aRuleThatThrowsLeavesNothingBehindForTheNextDecision() {
        RuleFolders.write(dir, Map.of("lists/fx-usd-rates.csv", RuleSetCompilerTest.fx(), "r.drl", HEADER
                + rule("BIG", "REVIEW", "Transaction(amountUsd > 100)", "findings.raise(kcontext, 40, \"big\");")
                + rule("THROWS_ON_666", "INFO", "Transaction(amountUsd == 666)", "throw new IllegalStateException(\"666\");")));
        CompiledRuleSet set = new RuleSetCompiler().compile(RuleSources.readFolder(dir));
        RuleEvaluator evaluator = new RuleEvaluator();

        assertThat(ruleIds(evaluator.evaluate(set, decision("500")))).containsExactly("BIG");
        assertThatThrownBy(() -> evaluator.evaluate(set, decision("666"))).hasRootCauseMessage("666");
        assertThat(ruleIds(evaluator.evaluate(set, decision("500")))).containsExactly("BIG");
        assertThat(ruleIds(evaluator.evaluate(set, decision("50")))).isEmpty();
    }

    private static DecisionFacts decision(String amountUsd) {
        Transaction t = RuleEvaluatorTest.transaction();
        BigDecimal amount = new BigDecimal(amountUsd);
        Transaction changed = new Transaction("t-" + amountUsd, TransactionType.WIRE, amount, "USD", amount,
                t.getOccurredAt(), null, null, null, null, false, false, t.getOriginator(), t.getBeneficiary());
        return new DecisionFacts(changed, List.of(), List.of());
    }

    private static List<String> ruleIds(List<Finding> findings) {
        return findings.stream().map(Finding::getRuleId).toList();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** The same compiled rules, with a "pool" that builds a new session for every decision. */
    private static CompiledRuleSet alwaysNewSessions(CompiledRuleSet set) {
        return new CompiledRuleSet(set.sources(), set.version(), set.loadedAt(), set.kieBase(),
                new NewSessions(set.kieBase()), set.rules(), set.lists(), set.globals());
    }

    private record NewSessions(KieBase kieBase) implements KieSessionsPool {
        @Override
        public KieSession newKieSession() {
            return kieBase.newKieSession();
        }

        @Override
        public KieSession newKieSession(KieSessionConfiguration conf) {
            return kieBase.newKieSession(conf, null);
        }

        @Override
        public StatelessKieSession newStatelessKieSession() {
            throw new UnsupportedOperationException();
        }

        @Override
        public StatelessKieSession newStatelessKieSession(KieSessionConfiguration conf) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void shutdown() {
        }
    }
}
