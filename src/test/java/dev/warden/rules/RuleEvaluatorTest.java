package dev.warden.rules;

import static dev.warden.rules.RuleFolders.HEADER;
import static dev.warden.rules.RuleFolders.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.warden.engine.Outcome;
import dev.warden.facts.Finding;
import dev.warden.facts.Party;
import dev.warden.facts.PartyRole;
import dev.warden.facts.PastTransaction;
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
        assertThatThrownBy(() -> new RuleEvaluator().evaluate(set,
                new DecisionFacts(transaction(), List.of(), List.of()))).hasMessageContaining("a rule loops");
    }

    @Test
    void rulesReadTheHistoryFromTheHistoryFact() {
        List<PastTransaction> history = List.of(past("p1", "a1", "x1"), past("p2", "a1", "x2"), past("p3", "x3", "a1"));
        RuleFolders.write(dir, Map.of("lists/fx-usd-rates.csv", RuleSetCompilerTest.fx(), "from.drl", HEADER
                + rule("SENT_TWICE", "REVIEW", "$t : Transaction($a : originator.accountKey)\n    $h : History()\n"
                        + "    $sent : java.util.List(size == 2) from collect(PastTransaction() from $h.sentBy($a))",
                        "findings.raise(kcontext, 10, \"sent twice\");")));
        CompiledRuleSet fromHistory = new RuleSetCompiler().compile(RuleSources.readFolder(dir));
        assertThat(new RuleEvaluator().evaluate(fromHistory, new DecisionFacts(transaction(), history, List.of())))
                .extracting(Finding::getRuleId).containsExactly("SENT_TWICE");
    }

    @Test
    void aPatternThatLooksForRowsInWorkingMemoryIsRefusedWithItsFileAndLine() {
        // No row is inserted as a fact: such a rule would compile and never fire.
        RuleFolders.write(dir, Map.of("lists/fx-usd-rates.csv", RuleSetCompilerTest.fx(), "inserted.drl", HEADER
                + rule("RECEIVED_ONCE", "REVIEW", "$t : Transaction($a : originator.accountKey)\n"
                        + "    $in : java.util.List(size == 1) from collect(PastTransaction(beneficiaryAccount == $a))",
                        "findings.raise(kcontext, 10, \"received once\");")
                + rule("RECEIVED_AT_ALL", "REVIEW", "$t : Transaction($a : originator.accountKey)\n"
                        + "    exists PastTransaction(beneficiaryAccount == $a)",
                        "findings.raise(kcontext, 10, \"received\");")));
        assertThatThrownBy(() -> new RuleSetCompiler().compile(RuleSources.readFolder(dir)))
                .isInstanceOf(RuleSetInvalidException.class)
                .satisfies(e -> assertThat(((RuleSetInvalidException) e).diagnostics())
                        .extracting(RuleDiagnostic::toString)
                        .anySatisfy(d -> assertThat(d).startsWith("inserted.drl:").contains("rule RECEIVED_ONCE matches PastTransaction facts"))
                        .anySatisfy(d -> assertThat(d).contains("rule RECEIVED_AT_ALL matches PastTransaction facts"))
                        .allSatisfy(d -> assertThat(d).doesNotStartWith("inserted.drl: ")));
    }

    @Test
    void theShippedRulesCompileWithEveryRowReadFromHistory() {
        CompiledRuleSet shipped = new RuleSetCompiler().compile(RuleSources.readFolder(Path.of("rules")));
        assertThat(shipped.rules()).isNotEmpty();
    }

    private static PastTransaction past(String id, String from, String to) {
        Instant asOf = Instant.parse("2026-11-20T10:00:00Z");
        return PastTransaction.builder(id, TransactionType.WIRE, asOf.minusSeconds(3600))
                .amount(BigDecimal.TEN, "USD", BigDecimal.TEN).originator(from, null, null).beneficiary(to, null, null)
                .seenFrom(asOf);
    }

    static Transaction transaction() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        Party originator = Party.builder(PartyRole.ORIGINATOR).partyId("c1").accountId("a1").asOf(day);
        Party beneficiary = Party.builder(PartyRole.BENEFICIARY).name("B").accountId("a2").asOf(day);
        return new Transaction("t1", TransactionType.WIRE, new BigDecimal("500"), "USD", new BigDecimal("500"),
                Instant.parse("2026-11-20T10:00:00Z"), null, null, null, null, false, false, originator, beneficiary);
    }
}
