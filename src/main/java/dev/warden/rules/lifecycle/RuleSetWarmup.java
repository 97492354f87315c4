package dev.warden.rules.lifecycle;

import dev.warden.rules.CompiledRuleSet;
import dev.warden.rules.DecisionFacts;
import dev.warden.rules.RuleEvaluator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.warden.facts.KycProfile;
import dev.warden.facts.KycStatus;
import dev.warden.facts.MatchKind;
import dev.warden.facts.Party;
import dev.warden.facts.PartyRole;
import dev.warden.facts.PartyType;
import dev.warden.facts.PastTransaction;
import dev.warden.facts.RiskRating;
import dev.warden.facts.ScreeningHit;
import dev.warden.facts.Transaction;
import dev.warden.facts.TransactionType;

/**
 * Runs synthetic decisions through a freshly compiled rule set before it serves, so that Drools' lazy work
 * (building the network's lambdas, JIT-compiling constraints) is paid here and not by the first payments.
 * The facts touch every fact type; what the rules conclude is thrown away.
 */
final class RuleSetWarmup {
    private static final int ROUNDS = 60;

    private RuleSetWarmup() {
    }

    static void warm(CompiledRuleSet ruleSet) {
        RuleEvaluator evaluator = new RuleEvaluator();
        for (int i = 0; i < ROUNDS; i++) {
            evaluator.evaluate(ruleSet, facts(i));
        }
    }

    private static DecisionFacts facts(int round) {
        Instant now = Instant.parse("2026-01-15T12:00:00Z");
        LocalDate day = LocalDate.of(2026, 1, 15);
        KycProfile profile = new KycProfile("Warm Up", PartyType.COMPANY, "KG", round % 2 == 0 ? KycStatus.VERIFIED
                : KycStatus.PENDING, 1, day.minusYears(1), day.plusYears(1), RiskRating.HIGH, day.minusDays(30),
                false, round % 3 == 0, new BigDecimal("1000"), day.minusDays(10));
        Party originator = Party.builder(PartyRole.ORIGINATOR).partyId("warmup-" + round).name("Warm Up")
                .type(PartyType.COMPANY).country("RU").accountId("warmup-acc").bic("WARMRUMM").profile(profile).asOf(day);
        Party beneficiary = Party.builder(PartyRole.BENEFICIARY).name("Warm Counterparty").type(PartyType.VASP)
                .country("KG").walletAddress("TWarmUpWarmUpWarmUpWarmUpWarmUp12").chain("TRON").asOf(day);
        BigDecimal amount = new BigDecimal(9000 + round * 37);
        Transaction transaction = new Transaction("warmup-" + round, round % 2 == 0 ? TransactionType.WIRE
                : TransactionType.CRYPTO_TRANSFER, amount, "USDT", amount, now, "ONLINE", "warm-up", "USDT", "TRON",
                round % 2 == 0, false, originator, beneficiary);
        List<PastTransaction> history = new ArrayList<>();
        for (int h = 0; h < 5; h++) {
            history.add(PastTransaction.builder("warmup-past-" + h, TransactionType.WIRE,
                    now.minusSeconds(3600L * (h + 1))).amount(amount, "USD", amount)
                    .originator(h % 2 == 0 ? "warmup-acc" : "warmup-up", null, "RU").beneficiary("warmup-acc", null, "KG")
                    .newCounterparty(h % 2 == 0).hop(h % 3).seenFrom(now));
        }
        List<ScreeningHit> hits = List.of(new ScreeningHit(PartyRole.BENEFICIARY, "WARMUP", "0", "0", "Warm",
                "Warm", round % 2 == 0 ? MatchKind.NAME : MatchKind.WALLET, 0.5, false, List.of(), "warm-up"));
        return new DecisionFacts(transaction, history, hits);
    }
}
