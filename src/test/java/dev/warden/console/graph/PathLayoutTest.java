package dev.warden.console.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.warden.console.graph.MoneyGraph.Node;
import dev.warden.console.graph.MoneyGraph.Shape;
import dev.warden.console.graph.PathLayout.Placement;
import dev.warden.console.graph.PathLayout.Point;
import dev.warden.console.graph.PathLayout.Segment;

class PathLayoutTest {
    private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");

    static Transfer transfer(String id, String from, String to, String amount, int hour, boolean decided) {
        return new Transfer(id, AT.plusSeconds(hour * 3600L), new BigDecimal(amount), "USD", from, to, true, decided);
    }

    @Test
    void aChainRunsLeftToRightInPathOrderAtOneHeight() {
        MoneyGraph chain = MoneyGraph.of(Shape.CHAIN, nodes(0, "q", "p", "o", "b"), List.of(
                transfer("t2", "p", "o", "9800", 12, false), transfer("t1", "q", "p", "10000", 0, false),
                transfer("t3", "o", "b", "9600", 26, true)), 0);
        Placement placed = PathLayout.place(chain);
        Map<String, Point> at = placed.nodes();
        assertThat(at.get("q").x()).isLessThan(at.get("p").x());
        assertThat(at.get("p").x()).isLessThan(at.get("o").x());
        assertThat(at.get("o").x()).isLessThan(at.get("b").x());
        assertThat(at.values()).extracting(Point::y).containsOnly(at.get("q").y());
        assertThat(at.get("q").x() - PathLayout.NODE_WIDTH / 2).isEqualTo(PathLayout.MARGIN);
        assertThat(placed.width()).isEqualTo(at.get("b").x() + PathLayout.NODE_WIDTH / 2 + PathLayout.MARGIN);
        // Edges in time order, each from the payer's right border to the payee's left border.
        assertThat(chain.edges()).extracting(MoneyGraph.Edge::from).containsExactly("q", "p", "o");
        Segment first = placed.edges().get(0);
        assertThat(first.start().x()).isEqualTo(at.get("q").x() + PathLayout.NODE_WIDTH / 2);
        assertThat(first.end().x()).isEqualTo(at.get("p").x() - PathLayout.NODE_WIDTH / 2);
        assertThat(first.label().x()).isBetween(first.start().x(), first.end().x());
    }

    @Test
    void aCycleIsOnACircleStartingAtTheTop() {
        MoneyGraph cycle = MoneyGraph.of(Shape.CYCLE, nodes(0, "a", "b", "c", "d"), List.of(
                transfer("1", "a", "b", "5000", 0, false), transfer("2", "b", "c", "4900", 24, false),
                transfer("3", "c", "d", "4800", 48, false), transfer("4", "d", "a", "4700", 72, true)), 0);
        Map<String, Point> at = PathLayout.place(cycle).nodes();
        double cx = (at.get("b").x() + at.get("d").x()) / 2;
        double cy = (at.get("a").y() + at.get("c").y()) / 2;
        double r = Math.hypot(at.get("a").x() - cx, at.get("a").y() - cy);
        for (Point p : at.values()) assertThat(Math.hypot(p.x() - cx, p.y() - cy)).isCloseTo(r, within(0.5));
        assertThat(at.get("a").y()).isLessThan(at.get("b").y());
        assertThat(at.get("b").x()).isGreaterThan(at.get("a").x());
        assertThat(r).isGreaterThanOrEqualTo(PathLayout.MIN_RADIUS - 0.5);
    }

    @Test
    void aStarPutsItsCentreInTheMiddleAndTheOthersAroundAtOneDistance() {
        MoneyGraph star = MoneyGraph.of(Shape.STAR, List.of(new Node("hub", 0)), List.of(
                transfer("1", "s1", "hub", "900", 0, false), transfer("2", "s2", "hub", "900", 1, false),
                transfer("3", "s3", "hub", "900", 2, false), transfer("4", "s4", "hub", "900", 3, false),
                transfer("5", "s5", "hub", "900", 4, true)), 1);
        Map<String, Point> at = PathLayout.place(star).nodes();
        Point hub = at.get("hub");
        double r = Math.hypot(at.get("s1").x() - hub.x(), at.get("s1").y() - hub.y());
        assertThat(r).isGreaterThan(PathLayout.NODE_WIDTH);
        for (String s : List.of("s2", "s3", "s4", "s5")) {
            assertThat(Math.hypot(at.get(s).x() - hub.x(), at.get(s).y() - hub.y())).isCloseTo(r, within(0.5));
        }
        double meanX = at.entrySet().stream().filter(e -> !e.getKey().equals("hub")).mapToDouble(e -> e.getValue().x())
                .average().orElseThrow();
        assertThat(meanX).isCloseTo(hub.x(), within(1.0));
    }

    @Test
    void columnsGoLeftToRightEachCentredOnTheTallest() {
        MoneyGraph columns = MoneyGraph.of(Shape.COLUMNS,
                List.of(new Node("src", 0), new Node("m1", 1), new Node("m2", 1), new Node("m3", 1), new Node("col", 2)),
                List.of(transfer("1", "src", "m1", "3000", 0, false), transfer("2", "src", "m2", "3000", 0, false),
                        transfer("3", "src", "m3", "3000", 0, false), transfer("4", "m1", "col", "2900", 5, false),
                        transfer("5", "m2", "col", "2900", 6, false), transfer("6", "m3", "col", "2900", 7, true)), 1);
        Map<String, Point> at = PathLayout.place(columns).nodes();
        assertThat(at.get("src").x()).isLessThan(at.get("m1").x());
        assertThat(at.get("m1").x()).isEqualTo(at.get("m2").x()).isEqualTo(at.get("m3").x()).isLessThan(at.get("col").x());
        assertThat(at.get("m1").y()).isLessThan(at.get("m2").y());
        assertThat(at.get("m2").y()).isLessThan(at.get("m3").y());
        assertThat(at.get("src").y()).isEqualTo(at.get("m2").y()).isEqualTo(at.get("col").y());
        assertThat(at.get("m2").y() - at.get("m1").y()).isGreaterThanOrEqualTo(PathLayout.NODE_HEIGHT);
    }

    @Test
    void twoAccountsPayingEachOtherGetTwoSeparateEdgesAndRepeatedTransfersOneEdge() {
        MoneyGraph loop = MoneyGraph.of(Shape.CYCLE, nodes(0, "a", "b"), List.of(
                transfer("1", "a", "b", "5000", 0, false), transfer("2", "b", "a", "4900", 5, false),
                transfer("3", "a", "b", "100", 9, true)), 0);
        assertThat(loop.edges()).hasSize(2);
        assertThat(loop.edges().get(0).transfers()).extracting(Transfer::transactionId).containsExactly("1", "3");
        assertThat(loop.edges().get(0).decided()).isTrue();
        assertThat(loop.edges().get(1).decided()).isFalse();
        Placement placed = PathLayout.place(loop);
        Segment ab = placed.edges().get(0);
        Segment ba = placed.edges().get(1);
        double apart = Math.hypot((ab.start().x() + ab.end().x()) / 2 - (ba.start().x() + ba.end().x()) / 2,
                (ab.start().y() + ab.end().y()) / 2 - (ba.start().y() + ba.end().y()) / 2);
        assertThat(apart).isCloseTo(2 * PathLayout.REVERSE_OFFSET, within(0.5));
    }

    @Test
    void accountsOutsideTheOrderedNodesAreAddedInTheirGroup() {
        MoneyGraph graph = MoneyGraph.of(Shape.STAR, List.of(new Node("hub", 0)),
                List.of(transfer("1", "hub", "x", "1", 0, true)), 1);
        assertThat(graph.nodes()).containsExactly(new Node("hub", 0), new Node("x", 1));
    }

    static List<Node> nodes(int group, String... accounts) {
        return java.util.Arrays.stream(accounts).map(a -> new Node(a, group)).toList();
    }
}
