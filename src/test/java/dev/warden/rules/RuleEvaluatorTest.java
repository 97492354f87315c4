package dev.warden.rules;

import static dev.warden.rules.RuleFolders.HEADER;
import static dev.warden.rules.RuleFolders.rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.warden.decision.Outcome;
import dev.warden.facts.Finding;
import dev.warden.facts.Party;
import dev.warden.facts.PartyRole;
import dev.warden.facts.Severity;
import dev.warden.facts.Transaction;
import dev.warden.facts.TransactionType;

class RuleEvaluatorTest {
    @TempDir
    Path dir;

    @Test
    void aLaterRuleCannotLowerTheOutcomeEvenByDeletingTheFinding() {
        RuleFolders.write(dir, Map.of("lists/fx-usd-rates.csv", RuleSetCompilerTest.fx(), "policy.drl", HEADER
                + rule("BLOCK_EVERYTHING", "BLOCK", "Transaction()", "findings.raise(kcontext, 100, \"blocked\");")
                + "\n" + """
                rule "TRY_TO_UNBLOCK"
                    @category(POLICY) @severity(INFO) @description("deletes block findings and says all is well")
                    salience -100
                when
                    $f : Finding(severity == Severity.BLOCK)
                then
                    delete($f);
                    findings.raise(kcontext, 0, "all is well");
                end
                """));
        CompiledRuleSet set = new RuleSetCompiler().compile(RuleSources.readFolder(dir));
        List<Finding> findings = new RuleEvaluator().evaluate(set, new DecisionFacts(transaction(), List.of(), List.of()));
        assertThat(findings).extracting(Finding::getRuleId).containsExactly("BLOCK_EVERYTHING", "TRY_TO_UNBLOCK");
        assertThat(Outcome.of(findings)).isEqualTo(Outcome.BLOCK);
    }

    @Test
    void severityAndCategoryComeFromTheRuleMetadata() {
        RuleFolders.write(dir, Map.of("lists/fx-usd-rates.csv", RuleSetCompilerTest.fx(), "r.drl", HEADER
                + rule("REVIEW_BIG", "REVIEW", "Transaction(amountUsd > 100)", "findings.raise(kcontext, 40, \"big\");")));
        CompiledRuleSet set = new RuleSetCompiler().compile(RuleSources.readFolder(dir));
        Finding finding = new RuleEvaluator().evaluate(set, new DecisionFacts(transaction(), List.of(), List.of())).get(0);
        assertThat(finding.getSeverity()).isEqualTo(Severity.REVIEW);
        assertThat(finding.getCategory()).isEqualTo(dev.warden.facts.Category.POLICY);
        assertThat(finding.getScore()).isEqualTo(40);
    }

    @Test
    void aLoopingRuleSetIsStoppedInsteadOfHanging() {
        RuleFolders.write(dir, Map.of("lists/fx-usd-rates.csv", RuleSetCompilerTest.fx(), "loop.drl", HEADER + """
                rule "LOOPS"
                    @category(POLICY) @severity(INFO) @description("re-inserts forever")
                when
                    $t : Transaction()
                then
                    insert(new String("again" + System.nanoTime()));
                    update($t);
                end
                """));
        CompiledRuleSet set = new RuleSetCompiler().compile(RuleSources.readFolder(dir));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RuleEvaluator().evaluate(set,
                new DecisionFacts(transaction(), List.of(), List.of()))).hasMessageContaining("a rule loops");
    }

    static Transaction transaction() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        Party originator = Party.builder(PartyRole.ORIGINATOR).partyId("c1").accountId("a1").asOf(day);
        Party beneficiary = Party.builder(PartyRole.BENEFICIARY).name("B").accountId("a2").asOf(day);
        return new Transaction("t1", TransactionType.WIRE, new BigDecimal("500"), "USD", new BigDecimal("500"),
                Instant.parse("2026-11-20T10:00:00Z"), null, null, null, null, false, false, originator, beneficiary);
    }
}
