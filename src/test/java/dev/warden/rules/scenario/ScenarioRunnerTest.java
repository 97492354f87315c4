package dev.warden.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.warden.rules.CompiledRuleSet;
import dev.warden.rules.RuleDiagnostic;
import dev.warden.rules.RuleFile;
import dev.warden.rules.RuleSetCompiler;
import dev.warden.rules.RuleSources;

/** The runner reports broken expectations precisely, and unreadable files with their line. */
class ScenarioRunnerTest {
    private static final CompiledRuleSet RULES = new RuleSetCompiler().compile(RuleSources.readFolder(Path.of("rules")));

    private static final String STEP = """
            parties:
              c1: {type: INDIVIDUAL, kycStatus: PENDING}
            steps:
              - request: {transactionId: t1, occurredAt: "2026-11-20T10:00:00Z", type: WIRE, amount: "5000", currency: USD,
                          originator: {partyId: c1, accountId: a1}, beneficiary: {name: B, accountId: a2}}
                expect: %s
            """;

    @Test
    void wrongExpectationsAreReportedOneByOne() {
        ScenarioReport report = run(STEP.formatted(
                "{outcome: BLOCK, fired: [LAYERING_STRUCTURING, NO_SUCH_RULE], notFired: [KYC_UNVERIFIED_ABOVE_THRESHOLD]}"));
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.results().get(0).failures()).containsExactly(
                "expected outcome BLOCK but was REVIEW",
                "expected LAYERING_STRUCTURING to fire; it did not",
                "expects NO_SUCH_RULE to fire, but the rule set has no such rule",
                "expected KYC_UNVERIFIED_ABOVE_THRESHOLD not to fire; it fired: Customer c1 (originator) moves 5000.00 USD with KYC PENDING");
        assertThat(report.render()).contains("FAIL", "0 passed, 1 failed", "Rules no scenario makes fire");
    }

    @Test
    void aMetExpectationPasses() {
        ScenarioReport report = run(STEP.formatted("{outcome: REVIEW, fired: [KYC_UNVERIFIED_ABOVE_THRESHOLD]}"));
        assertThat(report.allPassed()).isTrue();
        assertThat(report.uncoveredRules()).doesNotContain("KYC_UNVERIFIED_ABOVE_THRESHOLD").contains("LAYERING_STRUCTURING");
    }

    @Test
    void anUnreadableFileIsADiagnosticWithItsLine() {
        List<RuleDiagnostic> diagnostics = new ArrayList<>();
        new ScenarioLoader().load(sources("steps:\n  - request: {transactionId: t1, amountt: 5}\n"), diagnostics);
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("tests/x.yaml");
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.message()).contains("amountt");
        });
    }

    private static ScenarioReport run(String yaml) {
        List<RuleDiagnostic> diagnostics = new ArrayList<>();
        List<Scenario> scenarios = new ScenarioLoader().load(sources(yaml), diagnostics);
        assertThat(diagnostics).isEmpty();
        return new ScenarioRunner(SeedScreening.index(), ScenarioRunner.DEFAULT_WINDOW).run(RULES, scenarios);
    }

    private static RuleSources sources(String yaml) {
        return new RuleSources("test", List.of(new RuleFile("tests/x.yaml", yaml.getBytes(StandardCharsets.UTF_8))));
    }
}
