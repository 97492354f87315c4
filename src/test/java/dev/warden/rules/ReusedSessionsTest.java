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
 * earlier decision's facts, findings, matches or node memories is left behind, also when a rule threw, changed a
 * fact the session started with, or fired on the absence of a decision's fact.
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

    @Test
    void theShippedRulesKeepTheirSessionsBetweenDecisions() {
        assertThat(new RuleSetCompiler().compile(RuleSources.readFolder(Path.of("rules"))).sessions().keeps()).isTrue();
    }

    @Test
    void aDecisionThatChangesAFactOfTheBaselineLeavesTheNextOneTheOriginal() {
        CompiledRuleSet set = compile("declare Limit value : int end\n"
                + rule("LIMIT", "INFO", "", "insert(new Limit(10));")
                + rule("SEES_TEN", "REVIEW", "Limit(value == 10) Transaction()", "findings.raise(kcontext, 10, \"ten\");")
                + rule("RAISES_ON_500", "INFO", "$l : Limit(value == 10) Transaction(amountUsd == 500)",
                        "modify($l) { setValue(20) }"));
        RuleEvaluator evaluator = new RuleEvaluator();

        assertThat(ruleIds(evaluator.evaluate(set, decision("50")))).containsExactly("SEES_TEN");
        evaluator.evaluate(set, decision("500"));
        assertThat(ruleIds(evaluator.evaluate(set, decision("50")))).containsExactly("SEES_TEN");
        assertThat(ruleIds(evaluator.evaluate(set, decision("50")))).containsExactly("SEES_TEN");
    }

    @Test
    void aRuleOnTheAbsenceOfADecisionFactDoesNotPileUpFactsAcrossDecisions() {
        CompiledRuleSet set = compile("declare Marker end\n"
                + rule("NO_TRANSACTION", "INFO", "not Transaction()", "insert(new Marker());")
                + rule("SEES_MARKER", "REVIEW", "Marker() Transaction()", "findings.raise(kcontext, 10, \"marker\");"));
        RuleEvaluator evaluator = new RuleEvaluator();

        for (int i = 0; i < 3; i++) {
            assertThat(ruleIds(evaluator.evaluate(set, decision("50")))).containsExactly("SEES_MARKER");
        }
    }

    @Test
    void findingsAndFiringsOfRulesWithoutConditionsCountInEveryDecision() {
        CompiledRuleSet set = compile(rule("ALWAYS", "INFO", "", "findings.raise(kcontext, 5, \"always\");")
                + rule("BIG", "REVIEW", "Transaction(amountUsd > 100)", "findings.raise(kcontext, 40, \"big\");")
                + rule("SEES_ALWAYS", "REVIEW", "Finding(ruleId == \"ALWAYS\") Transaction()",
                        "findings.raise(kcontext, 30, \"saw always\");"));
        RuleEvaluator evaluator = new RuleEvaluator();

        for (String amount : List.of("500", "50", "500")) {
            java.util.Set<String> fired = new java.util.HashSet<>();
            List<String> raised = ruleIds(evaluator.evaluate(set, decision(amount), fired));
            List<String> expected = amount.equals("500") ? List.of("BIG", "SEES_ALWAYS", "ALWAYS")
                    : List.of("SEES_ALWAYS", "ALWAYS");
            assertThat(raised).as("most severe first, then highest score").containsExactlyElementsOf(expected);
            assertThat(fired).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void factsADecisionsRulesInsertGoWithTheDecision() {
        CompiledRuleSet set = compile("declare Derived end\n"
                + rule("DERIVES", "INFO", "Transaction(amountUsd > 100)", "insert(new Derived());")
                + rule("SEES_DERIVED", "REVIEW", "Derived()", "findings.raise(kcontext, 10, \"derived\");"));
        RuleEvaluator evaluator = new RuleEvaluator();

        assertThat(ruleIds(evaluator.evaluate(set, decision("500")))).containsExactly("SEES_DERIVED");
        assertThat(ruleIds(evaluator.evaluate(set, decision("50")))).isEmpty();
    }

    @Test
    void factsInsertedLogicallyOrDeletedByTheRulesLeaveTheSessionKeptAndAtItsBaseline() {
        CompiledRuleSet set = compile("declare Derived end\ndeclare Spent end\n"
                + rule("DERIVES_LOGICALLY", "INFO", "Transaction(amountUsd > 100)", "insertLogical(new Derived());")
                + rule("SEES_DERIVED", "REVIEW", "Derived() Transaction()", "findings.raise(kcontext, 10, \"derived\");")
                + rule("INSERTS_SPENT", "INFO", "Transaction(amountUsd == 500)", "insert(new Spent());")
                + rule("DELETES_SPENT", "INFO", "$s : Spent()", "delete($s);"));
        RuleEvaluator evaluator = new RuleEvaluator();
        PrimedSession kept = lendAndGiveBack(set);
        long baseline = kept.session().getFactCount();

        for (String amount : List.of("500", "50", "500", "500", "50")) {
            List<String> raised = ruleIds(evaluator.evaluate(set, decision(amount)));
            assertThat(raised).as(amount).isEqualTo(amount.equals("500") ? List.of("SEES_DERIVED") : List.of());
            assertThat(lendAndGiveBack(set)).as("the session kept after a decision of " + amount).isSameAs(kept);
            assertThat(kept.session().getFactCount()).as("its facts after a decision of " + amount).isEqualTo(baseline);
        }
    }

    /** The session the rule set lends next, given back untouched: with one decision at a time, the one every decision uses. */
    private static PrimedSession lendAndGiveBack(CompiledRuleSet set) {
        PrimedSession primed = set.sessions().lend();
        set.sessions().giveBack(primed, true);
        return primed;
    }

    @Test
    void ruleSetsWhoseSessionsCarryStateBetweenFiringsHaveThemResetAndStillDecide() {
        for (String attribute : List.of("agenda-group \"g\" auto-focus true", "activation-group \"g\"",
                "lock-on-active true", "timer (int: 0)", "date-effective \"01-Jan-2000\"")) {
            CompiledRuleSet set = compile(rule("BIG", "REVIEW", "Transaction(amountUsd > 100)",
                    "findings.raise(kcontext, 40, \"big\");").replace("when", attribute + "\nwhen"));
            RuleEvaluator evaluator = new RuleEvaluator();

            assertThat(set.sessions().keeps()).as(attribute).isFalse();
            assertThat(ruleIds(evaluator.evaluate(set, decision("500")))).as(attribute).containsExactly("BIG");
            assertThat(ruleIds(evaluator.evaluate(set, decision("50")))).as(attribute).isEmpty();
            assertThat(ruleIds(evaluator.evaluate(set, decision("500")))).as(attribute).containsExactly("BIG");
        }
    }

    private CompiledRuleSet compile(String rules) {
        RuleFolders.write(dir, Map.of("lists/fx-usd-rates.csv", RuleSetCompilerTest.fx(), "r.drl", HEADER + rules));
        return new RuleSetCompiler().compile(RuleSources.readFolder(dir));
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

    /** The same compiled rules, with a "pool" that builds a new session for every decision and never keeps one. */
    private static CompiledRuleSet alwaysNewSessions(CompiledRuleSet set) {
        return new CompiledRuleSet(set.sources(), set.version(), set.loadedAt(), set.kieBase(),
                new RuleSessions(new NewSessions(set.kieBase()), set.lists(), set.globals(), false), set.rules(),
                set.lists(), set.globals());
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
