package dev.warden.screening.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.warden.facts.Finding;
import dev.warden.facts.MatchKind;
import dev.warden.facts.Party;
import dev.warden.facts.PartyRole;
import dev.warden.facts.ScreeningHit;
import dev.warden.facts.Severity;
import dev.warden.facts.Transaction;
import dev.warden.facts.TransactionType;
import dev.warden.rules.CompiledRuleSet;
import dev.warden.rules.DecisionFacts;
import dev.warden.rules.RuleEvaluator;
import dev.warden.rules.RuleSetCompiler;
import dev.warden.rules.RuleSources;

/**
 * The sanctions rules of the real rules/ folder (rules/sanctions/*.drl and the thresholds decision table) decide
 * on screening hits as the table says; compiled with the same compiler, metadata checks included.
 */
class SanctionsRulesTest {
    private static CompiledRuleSet rules;

    @BeforeAll
    static void compile() {
        rules = new RuleSetCompiler().compile(RuleSources.readFolder(Path.of("rules")));
    }

    @Test
    void everyThresholdRowIsARuleWithItsMetadata() {
        Map<String, Severity> severities = rules.rules().stream()
                .collect(Collectors.toMap(r -> r.id(), r -> r.severity()));
        assertEquals(Severity.BLOCK, severities.get("SANCTIONS_NAME_BLOCKING_LIST_STRONG"));
        assertEquals(Severity.REVIEW, severities.get("SANCTIONS_NAME_BLOCKING_LIST_CLOSE"));
        assertEquals(Severity.REVIEW, severities.get("SANCTIONS_NAME_OTHER_LIST"));
        assertEquals(Severity.REVIEW, severities.get("SANCTIONS_NAME_WEAK_ALIAS"));
        assertEquals(Severity.BLOCK, severities.get("SANCTIONS_WALLET_EXACT"));
        assertEquals(Severity.BLOCK, severities.get("SANCTIONS_BIC_EXACT"));
        assertEquals(Severity.BLOCK, severities.get("SANCTIONS_ID_EXACT"));
    }

    @Test
    void strongNameOnABlockingListBlocksCloseOneIsReviewed() {
        assertEquals(List.of("SANCTIONS_NAME_BLOCKING_LIST_STRONG:BLOCK"), decide(name("OFAC_SDN", 0.97, false)));
        assertEquals(List.of("SANCTIONS_NAME_BLOCKING_LIST_CLOSE:REVIEW"), decide(name("UN", 0.90, false)));
    }

    @Test
    void otherListsAndWeakAliasesAreReviewed() {
        assertEquals(List.of("SANCTIONS_NAME_OTHER_LIST:REVIEW"), decide(name("OFAC_CONSOLIDATED", 0.99, false)));
        assertEquals(List.of("SANCTIONS_NAME_WEAK_ALIAS:REVIEW"), decide(name("OFAC_SDN", 0.99, true)));
        assertEquals(List.of(), decide(name("OFAC_SDN", 0.88, true)), "a weak alias needs 0.90");
    }

    @Test
    void exactIdentifiersBlock() {
        assertEquals(List.of("SANCTIONS_WALLET_EXACT:BLOCK"), decide(hit("OFAC_SDN", MatchKind.WALLET, 1.0, false)));
        assertEquals(List.of("SANCTIONS_BIC_EXACT:BLOCK"), decide(hit("OFAC_SDN", MatchKind.BIC, 1.0, false)));
        assertEquals(List.of("SANCTIONS_ID_EXACT:BLOCK"), decide(hit("UN", MatchKind.ID, 1.0, false)));
    }

    private static ScreeningHit name(String list, double score, boolean weak) {
        return hit(list, MatchKind.NAME, score, weak);
    }

    private static ScreeningHit hit(String list, MatchKind kind, double score, boolean weak) {
        return new ScreeningHit(PartyRole.BENEFICIARY, list, "2025-11-19", "36025", "GARANTEX EUROPE OU", "Garantex",
                kind, score, weak, List.of("CYBER4"), "test");
    }

    private static List<String> decide(ScreeningHit hit) {
        LocalDate day = LocalDate.of(2026, 1, 1);
        Party originator = Party.builder(PartyRole.ORIGINATOR).name("Ivan Petrov").accountId("acc-1").asOf(day);
        Party beneficiary = Party.builder(PartyRole.BENEFICIARY).name("Garantex").accountId("acc-2").asOf(day);
        Transaction t = new Transaction("t-1", TransactionType.WIRE, new BigDecimal("100"), "USD", new BigDecimal("100"),
                Instant.parse("2026-01-01T10:00:00Z"), "ONLINE", null, null, null, false, false, originator, beneficiary);
        List<Finding> findings = new RuleEvaluator().evaluate(rules, new DecisionFacts(t, List.of(), List.of(hit)));
        return findings.stream().filter(f -> f.getRuleId().startsWith("SANCTIONS")).map(f -> f.getRuleId() + ":" + f.getSeverity()).toList();
    }
}
