package dev.warden.rules.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.warden.facts.Finding;
import dev.warden.facts.Party;
import dev.warden.facts.PartyRole;
import dev.warden.facts.PartyType;
import dev.warden.facts.PastTransaction;
import dev.warden.facts.Transaction;
import dev.warden.facts.TransactionType;
import dev.warden.rules.CompiledRuleSet;
import dev.warden.rules.DecisionFacts;
import dev.warden.rules.RuleEvaluator;
import dev.warden.rules.RuleSetCompiler;
import dev.warden.rules.RuleSources;

/**
 * One decision's rule evaluation (the shipped rules/ folder, a session it keeps between decisions, every fact
 * inserted, fireAllRules) as a function of the history it carries: {@code rows} PastTransaction facts. The rows are
 * shaped as the history bench's 1M-row history gives them to a decision (src/bench/HistoryBench.java): half the originator's own
 * transfers in the 30-day window, a quarter the beneficiary's, a quarter upstream hops (transfers into the
 * originator's payers); one in five to or from a new counterparty; amounts 50 to 5,050 USD. 0 rows is the empty history.
 * Needs nothing beyond the repository. {@value #RULES} names another rules folder to evaluate.
 */
@State(Scope.Benchmark)
public class RulesBenchmark {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    /** The rules folder evaluated (rules/ by default): an officer's changed copy can be measured the same way. */
    static final String RULES = "warden.bench.rules";

    @Param({"0", "10", "40", "150"})
    public int rows;

    private final RuleEvaluator evaluator = new RuleEvaluator();
    private CompiledRuleSet rules;
    private DecisionFacts[] decisions;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        rules = compile(System.getProperty(RULES, "rules"));
        decisions = decisions(rows);
    }

    /**
     * The rule set in {@code folder}, with logging as in the service (Quarkus logs at INFO): without a level the
     * JBoss slf4j binding formats every trace message Drools writes while it evaluates, measured as rule cost.
     */
    static CompiledRuleSet compile(String folder) {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
        return new RuleSetCompiler().compile(RuleSources.readFolder(Path.of(folder)));
    }

    /** 64 decisions' facts with {@code rows} history rows each, the same on every run. */
    static DecisionFacts[] decisions(int rows) {
        Random random = new Random(7);
        DecisionFacts[] decisions = new DecisionFacts[64];
        for (int i = 0; i < decisions.length; i++) decisions[i] = decision(random, i, rows);
        return decisions;
    }

    /** Facts of one decision: acc-a pays acc-b, with {@code rows} rows of history around them. */
    private static DecisionFacts decision(Random random, int index, int rows) {
        String a = "acc-" + index + "-a", b = "acc-" + index + "-b";
        LocalDate day = LocalDate.of(2026, 12, 1);
        Party originator = Party.builder(PartyRole.ORIGINATOR).partyId("party-" + index + "-a").name("Anna Example")
                .type(PartyType.INDIVIDUAL).country("DE").accountId(a).asOf(day);
        Party beneficiary = Party.builder(PartyRole.BENEFICIARY).partyId("party-" + index + "-b").name("Bert Example")
                .type(PartyType.INDIVIDUAL).country("AE").accountId(b).asOf(day);
        BigDecimal amount = BigDecimal.valueOf(50 + random.nextInt(5000));
        Transaction t = new Transaction("tx-" + index, TransactionType.WIRE, amount, "USD", amount, NOW, null, null,
                null, null, false, false, originator, beneficiary);
        List<PastTransaction> history = new ArrayList<>(rows);
        List<String> payers = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            double shape = random.nextDouble();
            String other = "acc-" + random.nextInt(100_000);
            if (shape < 0.5 && random.nextBoolean()) history.add(row(random, r, a, other, 0));
            else if (shape < 0.5 || payers.isEmpty()) {
                history.add(row(random, r, other, a, 0));
                payers.add(other);
            } else if (shape < 0.75) {
                history.add(random.nextBoolean() ? row(random, r, b, other, 0) : row(random, r, other, b, 0));
            } else {
                // Upstream: a transfer into one of the originator's payers (hop 1), as UpstreamHops brings them.
                history.add(row(random, r, other, payers.get(random.nextInt(payers.size())), 1));
            }
        }
        return new DecisionFacts(t, history, List.of());
    }

    private static PastTransaction row(Random random, int r, String from, String to, int hop) {
        BigDecimal amount = BigDecimal.valueOf(50 + random.nextInt(5000));
        Instant at = NOW.minus(Duration.ofSeconds(1 + random.nextInt(30 * 86_400)));
        return PastTransaction.builder("past-" + r, TransactionType.WIRE, at).amount(amount, "USD", amount)
                .originator(from, "party-of-" + from, "DE").beneficiary(to, "party-of-" + to, "AE")
                .newCounterparty(random.nextDouble() < 0.2).hop(hop).seenFrom(NOW);
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Finding> evaluateOneDecision() {
        DecisionFacts facts = decisions[next];
        next = next + 1 == decisions.length ? 0 : next + 1;
        return evaluator.evaluate(rules, facts);
    }
}
