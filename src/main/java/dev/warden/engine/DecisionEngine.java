package dev.warden.engine;

import dev.warden.validation.InvalidFieldException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.warden.facts.Finding;
import dev.warden.facts.KycProfile;
import dev.warden.facts.Party;
import dev.warden.facts.PartyRole;
import dev.warden.facts.PastTransaction;
import dev.warden.facts.ScreeningHit;
import dev.warden.facts.Transaction;
import dev.warden.history.HistoryConfig;
import dev.warden.history.HistoryRequest;
import dev.warden.history.HistorySource;
import dev.warden.money.UsdConverter;
import dev.warden.rules.CompiledRuleSet;
import dev.warden.rules.DecisionFacts;
import dev.warden.rules.RuleEvaluator;
import dev.warden.screening.ScreeningIndex;

/**
 * Decides one request without HTTP, without the database and without recording anything: builds the facts
 * (parties with their KYC profiles, USD amount, history window, screening hits), runs the rules, and returns the
 * findings and outcome. The live path, scenario tests, replay, backtest and shadow evaluation all decide here,
 * so they cannot drift apart.
 */
public final class DecisionEngine {
    private final RuleEvaluator evaluator = new RuleEvaluator();

    /** How much history a decision sees. */
    public record Window(Duration lookback, int maxRows, Duration counterpartyMemory) {
        /** With nothing configured: what scenario tests decide with. */
        public static final Window DEFAULT = of(HistoryConfig.defaults());

        /** The window warden.history.* configures. */
        public static Window of(HistoryConfig history) {
            return new Window(history.lookback(), history.maxRows(), history.counterpartyMemory());
        }

        /** The look-back and row bound with the default counterparty memory (warden.history.counterparty-memory). */
        public Window(Duration lookback, int maxRows) {
            this(lookback, maxRows, DEFAULT.counterpartyMemory());
        }
    }

    /**
     * The facts a decision saw and what the rules concluded, with the time each stage took: {@code enrichNanos}
     * covers building the facts, of which {@code historyNanos} went to the history (counterparty memory, window,
     * upstream hops) and {@code screeningNanos} to screening both parties.
     */
    public record Evaluation(Transaction transaction, List<PastTransaction> history, List<ScreeningHit> hits,
            List<Finding> findings, Outcome outcome, int riskScore, long enrichNanos, long historyNanos,
            long screeningNanos, long rulesNanos) {
    }

    public Evaluation evaluate(CompiledRuleSet ruleSet, ScreeningIndex screening, DecisionRequest request,
            Map<String, KycProfile> profiles, HistorySource historySource, Window window) {
        return evaluate(ruleSet, screening, request, profiles, historySource, window, null);
    }

    /** As above; {@code firedRules}, when given, receives every rule that fired (for scenario coverage). */
    public Evaluation evaluate(CompiledRuleSet ruleSet, ScreeningIndex screening, DecisionRequest request,
            Map<String, KycProfile> profiles, HistorySource historySource, Window window,
            java.util.Set<String> firedRules) {
        long start = System.nanoTime();
        Transaction transaction = transaction(request, ruleSet, profiles);
        long historyStart = System.nanoTime();
        // Layering (issue 5): hop 0 also covers what the originator's party sent or received on its other accounts; the
        // source adds the originator's upstream hops and the counterparty memory of the two accounts (new
        // counterparty, idle days); still a bounded number of indexed queries, over one connection.
        HistorySource.Recalled recalled = historySource.recall(new HistoryRequest(decided(transaction),
                new HistoryRequest.Keys(accountsOf(transaction), originatorPartyIds(transaction),
                        transaction.getOriginator().getAccountKey(), transaction.getBeneficiary().getAccountKey()),
                new HistoryRequest.Bounds(window.lookback(), window.maxRows()))
                .remembering(window.counterpartyMemory()));
        if (recalled.activity() != null) transaction.setActivity(recalled.activity());
        List<PastTransaction> history = recalled.transactions();
        long screeningStart = System.nanoTime();
        List<ScreeningHit> hits = new ArrayList<>(screening.screen(transaction.getOriginator()));
        hits.addAll(screening.screen(transaction.getBeneficiary()));
        for (Party other : involved(request)) hits.addAll(screening.screen(other));
        long enriched = System.nanoTime();
        List<Finding> findings = evaluator.evaluate(ruleSet, new DecisionFacts(transaction, history, hits), firedRules);
        long evaluated = System.nanoTime();
        return new Evaluation(transaction, history, hits, findings, Outcome.of(findings), Outcome.riskScore(findings),
                enriched - start, screeningStart - historyStart, enriched - screeningStart, evaluated - enriched);
    }

    /**
     * Sets what Warden's longer memory knows of the transaction's two accounts (new counterparty, idle days): one
     * indexed query. For scenario history rows, so they carry the same flags a live decision stores (a decision
     * gets its own through {@link HistorySource#recall}).
     */
    public static void recallActivity(Transaction t, HistorySource historySource, Duration memory) {
        String from = t.getOriginator().getAccountKey();
        String to = t.getBeneficiary().getAccountKey();
        if (from == null || to == null) return;
        t.setActivity(historySource.recall(new HistoryRequest(decided(t), HistoryRequest.Keys.ofPair(from, to),
                HistoryRequest.Bounds.NONE).remembering(memory)).activity());
    }

    private static HistoryRequest.Decided decided(Transaction t) {
        return new HistoryRequest.Decided(t.getTransactionId(), t.getOccurredAt());
    }

    /** The partyIds whose KYC profiles a request needs. */
    public static Set<String> partyIds(DecisionRequest request) {
        Set<String> ids = new LinkedHashSet<>();
        if (request.originator().partyId() != null) ids.add(request.originator().partyId());
        if (request.beneficiary().partyId() != null) ids.add(request.beneficiary().partyId());
        return ids;
    }

    /** The transaction fact; refuses a currency the rule set has no USD rate for. */
    public static Transaction transaction(DecisionRequest request, CompiledRuleSet ruleSet,
            Map<String, KycProfile> profiles) {
        BigDecimal amountUsd = amountUsd(ruleSet, request);
        LocalDate day = request.occurredAt().atZone(ZoneOffset.UTC).toLocalDate();
        Party originator = party(request.originator(), PartyRole.ORIGINATOR, profiles, day);
        Party beneficiary = party(request.beneficiary(), PartyRole.BENEFICIARY, profiles, day);
        boolean crypto = UsdConverter.isCrypto(ruleSet.lists(), request.currency());
        String chain = beneficiary.getChain() != null ? beneficiary.getChain() : originator.getChain();
        var travelRule = request.travelRule();
        return new Transaction(request.transactionId(), request.type(), request.amount(), request.currency(),
                amountUsd, request.occurredAt(), request.channel(), request.purpose(),
                crypto ? request.currency() : null, crypto ? chain : null,
                travelRule != null && Boolean.TRUE.equals(travelRule.originatorComplete()),
                travelRule != null && Boolean.TRUE.equals(travelRule.beneficiaryComplete()), originator, beneficiary,
                involved(request).stream().filter(p -> p.getRole() == PartyRole.AGENT).toList());
    }


    /** The amount in USD; refuses a currency the rule set has no USD rate for. */
    public static BigDecimal amountUsd(CompiledRuleSet ruleSet, DecisionRequest request) {
        return UsdConverter.toUsd(ruleSet.lists(), request.amount(), request.currency())
                .orElseThrow(() -> new InvalidFieldException("currency", "unknown currency code '"
                        + request.currency() + "': it has no rate in rules/lists/" + UsdConverter.LIST + ".csv"));
    }

    /** The same transaction as a later decision's history sees it. */
    public static PastTransaction asPast(Transaction t, int hop) {
        return PastTransaction.builder(t.getTransactionId(), t.getType(), t.getOccurredAt())
                .amount(t.getAmount(), t.getCurrency(), t.getAmountUsd())
                .originator(t.getOriginator().getAccountKey(), t.getOriginator().getPartyId(),
                        t.getOriginator().getCountry())
                .beneficiary(t.getBeneficiary().getAccountKey(), t.getBeneficiary().getPartyId(),
                        t.getBeneficiary().getCountry())
                .crypto(t.getAsset(), t.getChain()).newCounterparty(t.isNewCounterparty()).hop(hop)
                .seenFrom(t.getOccurredAt());
    }

    private static Party party(PartyRequest p, PartyRole role, Map<String, KycProfile> profiles, LocalDate day) {
        Party.Builder builder = Party.builder(role).partyId(p.partyId()).name(p.name()).type(p.type())
                .country(p.country()).accountId(p.accountId()).iban(p.iban()).bic(p.bic())
                .walletAddress(p.walletAddress()).chain(p.chain()).vasp(p.vasp());
        KycProfile profile = p.partyId() == null ? null : profiles.get(p.partyId());
        if (profile != null) builder.profile(profile);
        return builder.asOf(day);
    }

    /** The other parties as screening sees them: a name, type, BIC and country, and no KYC profile. */
    private static List<Party> involved(DecisionRequest request) {
        if (request.involvedOrNone().isEmpty()) return List.of();
        LocalDate day = request.occurredAt().atZone(ZoneOffset.UTC).toLocalDate();
        List<Party> parties = new ArrayList<>();
        for (InvolvedParty p : request.involvedOrNone()) {
            parties.add(Party.builder(p.role().screeningRole()).name(p.name()).type(p.type()).bic(p.bic())
                    .country(p.country()).asOf(day));
        }
        return parties;
    }

    private static List<String> originatorPartyIds(Transaction t) {
        String partyId = t.getOriginator().getPartyId();
        return partyId == null ? List.of() : List.of(partyId);
    }

    private static List<String> accountsOf(Transaction t) {
        Set<String> accounts = new LinkedHashSet<>();
        if (t.getOriginator().getAccountKey() != null) accounts.add(t.getOriginator().getAccountKey());
        if (t.getBeneficiary().getAccountKey() != null) accounts.add(t.getBeneficiary().getAccountKey());
        return List.copyOf(accounts);
    }
}
