package dev.warden.console.graph;

import static dev.warden.console.graph.PathLayoutTest.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.console.graph.MoneyGraph.Node;
import dev.warden.console.graph.MoneyGraph.Shape;
import dev.warden.console.graph.PathEvidence.Pattern;
import dev.warden.console.graph.PathEvidence.Plan;

/** Each layering rule's evidence, as rules/layering writes it, read as a plan and drawn from transfers. */
class PathEvidenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aChainNamesItsPathAndTransfersAndKeepsOnlyThose() {
        Plan plan = plan("""
                {"path": ["q", "p", "o", "b"], "transactions": ["t1", "t2"], "amountsUsd": [10000, 9800, 9600]}""");
        assertThat(plan.pattern()).isEqualTo(Pattern.CHAIN);
        assertThat(plan.window()).isNull();
        assertThat(plan.windowAccounts()).isEmpty();
        MoneyGraph graph = PathEvidence.graph(plan, List.of(transfer("t1", "q", "p", "10000", 0, false),
                transfer("t2", "p", "o", "9800", 12, false), transfer("other", "p", "x", "5", 13, false),
                transfer("t3", "o", "b", "9600", 26, true)));
        assertThat(graph.shape()).isEqualTo(Shape.CHAIN);
        assertThat(graph.nodes()).extracting(Node::account).containsExactly("q", "p", "o", "b");
        assertThat(graph.transfers()).extracting(Transfer::transactionId).containsExactly("t1", "t2", "t3");
    }

    @Test
    void aCycleIsDrawnInLoopOrder() {
        Plan plan = plan("""
                {"account": "a", "loop": ["a", "b", "c", "d"], "transactions": ["1", "2", "3"], "windowHours": 720,
                 "quietAccounts": 2}""");
        assertThat(plan.pattern()).isEqualTo(Pattern.CYCLE);
        MoneyGraph graph = PathEvidence.graph(plan, List.of(transfer("1", "a", "b", "5000", 0, false),
                transfer("2", "b", "c", "4900", 24, false), transfer("3", "c", "d", "4800", 48, false),
                transfer("4", "d", "a", "4700", 72, true)));
        assertThat(graph.shape()).isEqualTo(Shape.CYCLE);
        assertThat(graph.nodes()).extracting(Node::account).containsExactly("a", "b", "c", "d");
        assertThat(graph.edges()).hasSize(4);
    }

    @Test
    void fanInKeepsTheNewSendersTransfersToTheAccountAroundIt() {
        Plan plan = plan("""
                {"account": "hub", "newSenders": 3, "windowHours": 72, "senders": ["s1", "s2"], "payerTransfers": 0}""");
        assertThat(plan.pattern()).isEqualTo(Pattern.FAN_IN);
        assertThat(plan.window()).isEqualTo(Duration.ofHours(72));
        assertThat(plan.windowAccounts()).containsExactly("hub");
        MoneyGraph graph = PathEvidence.graph(plan, List.of(transfer("1", "s1", "hub", "900", 0, false),
                transfer("2", "s2", "hub", "900", 1, false), transfer("3", "hub", "elsewhere", "50", 2, false),
                transfer("4", "old-payer", "hub", "40", 2, false), transfer("5", "s3", "hub", "900", 3, true)));
        assertThat(graph.shape()).isEqualTo(Shape.STAR);
        assertThat(graph.nodes()).containsExactly(new Node("hub", 0), new Node("s1", 1), new Node("s2", 1),
                new Node("s3", 1));
    }

    @Test
    void fanOutKeepsTheAccountsTransfersToItsNewBeneficiaries() {
        Plan plan = plan("""
                {"account": "src", "newBeneficiaries": 3, "windowHours": 48, "beneficiaries": ["b1", "b2"],
                 "payeeTransfers": 0}""");
        assertThat(plan.pattern()).isEqualTo(Pattern.FAN_OUT);
        MoneyGraph graph = PathEvidence.graph(plan, List.of(transfer("1", "src", "b1", "900", 0, false),
                transfer("2", "src", "landlord", "900", 1, false), transfer("3", "src", "b3", "900", 3, true)));
        assertThat(graph.nodes()).extracting(Node::account).containsExactly("src", "b1", "b3");
    }

    @Test
    void scatterGatherIsSourceLegsCollectorInThreeColumns() {
        Plan plan = plan("""
                {"source": "src", "collector": "col", "legs": 3, "windowHours": 72}""");
        assertThat(plan.pattern()).isEqualTo(Pattern.SCATTER_GATHER);
        assertThat(plan.windowAccounts()).containsExactlyInAnyOrder("src", "col");
        MoneyGraph graph = PathEvidence.graph(plan, List.of(transfer("1", "src", "m1", "3000", 0, false),
                transfer("2", "src", "m2", "3000", 0, false), transfer("3", "src", "m3", "3000", 0, false),
                transfer("4", "src", "elsewhere", "10", 0, false), transfer("5", "m1", "col", "2900", 5, false),
                transfer("6", "m2", "col", "2900", 6, false), transfer("7", "m3", "col", "2900", 7, true),
                transfer("8", "stranger", "col", "1", 7, false)));
        assertThat(graph.shape()).isEqualTo(Shape.COLUMNS);
        assertThat(graph.nodes()).containsExactly(new Node("src", 0), new Node("m1", 1), new Node("m2", 1),
                new Node("m3", 1), new Node("col", 2));
        assertThat(graph.edges()).hasSize(6);
    }

    @Test
    void gatherScatterPassThroughAndStructuringHaveTheirShapes() {
        Plan gather = plan("""
                {"account": "mid", "payers": ["p1", "p2"], "beneficiaries": 2, "windowHours": 72}""");
        assertThat(gather.pattern()).isEqualTo(Pattern.GATHER_SCATTER);
        MoneyGraph graph = PathEvidence.graph(gather, List.of(transfer("1", "p1", "mid", "1000", 0, false),
                transfer("2", "p2", "mid", "1000", 1, false), transfer("3", "mid", "b1", "900", 2, false),
                transfer("4", "mid", "b2", "900", 3, true)));
        assertThat(graph.nodes()).containsExactly(new Node("mid", 1), new Node("p1", 0), new Node("p2", 0),
                new Node("b1", 2), new Node("b2", 2));

        assertThat(plan("""
                {"account": "acc", "inUsd": 9800, "outUsd": 9600, "windowHours": 48, "quietHours": 0}""").pattern())
                .isEqualTo(Pattern.ACCOUNT_WINDOW);
        assertThat(plan("""
                {"account": "acc", "count": 3, "thresholdUsd": 10000, "transactions": ["s1", "s2"]}""").pattern())
                .isEqualTo(Pattern.ACCOUNT_TRANSFERS);
        assertThat(plan("""
                {"partyId": "p", "accounts": ["a1", "a2"], "count": 3, "thresholdUsd": 10000,
                 "transactions": ["s1", "s2"]}""").pattern()).isEqualTo(Pattern.SPLIT_ACCOUNTS);
    }

    @Test
    void evidenceWithoutAPathAndOtherCategoriesNameNone() {
        assertThat(PathEvidence.plan(finding("LAYERING", """
                {"account": "acc", "idleDays": 400, "quietHours": 4320, "accountAgeDays": 500, "amountUsd": 9000}""")))
                .isEmpty();
        assertThat(PathEvidence.plan(finding("LAYERING", """
                {"asset": "USDT", "fiatInUsd": 9000, "outUsd": 8900, "windowHours": 48, "exchange": "Grinex"}""")))
                .isEmpty();
        assertThat(PathEvidence.plan(finding("KYC", """
                {"path": ["a", "b"], "transactions": ["1"]}"""))).isEmpty();
    }

    private static Plan plan(String evidence) {
        return PathEvidence.plan(finding("LAYERING", evidence)).orElseThrow();
    }

    private static JsonNode finding(String category, String evidence) {
        try {
            return JSON.readTree("{\"ruleId\": \"R\", \"category\": \"" + category + "\", \"evidence\": " + evidence + "}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
