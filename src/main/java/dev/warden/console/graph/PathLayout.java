package dev.warden.console.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.warden.console.graph.MoneyGraph.Edge;
import dev.warden.console.graph.MoneyGraph.Node;

/**
 * Where each account and each transfer goes, as pure geometry (no SVG): a chain left to right, a cycle on a circle,
 * a star around its centre account, columns left to right (source, middles, collector). Nodes are boxes of
 * {@link #NODE_WIDTH} by {@link #NODE_HEIGHT} around their centre; edges run between the boxes' borders, and an
 * edge whose reverse is also drawn is moved aside so that the two stay apart.
 */
public final class PathLayout {
    static final double NODE_WIDTH = 180;
    static final double NODE_HEIGHT = 40;
    static final double MARGIN = 30;
    /** Room between two columns (or chain links) for an edge's label. */
    static final double GAP_X = 170;
    static final double GAP_Y = 36;
    /** Arc length given to each account on a circle; sized so that neighbouring boxes do not overlap. */
    static final double ARC_PER_NODE = 110;
    static final double MIN_RADIUS = 170;
    /** How far apart the two edges of a pair paying each other are drawn. */
    static final double REVERSE_OFFSET = 10;

    public record Point(double x, double y) {
    }

    /** One edge as drawn: from border to border, its label anchored at {@code label}. */
    public record Segment(Point start, Point end, Point label) {
    }

    /** Node centres by account, edge segments in the graph's edge order, and the drawing's size. */
    public record Placement(Map<String, Point> nodes, List<Segment> edges, double width, double height) {
    }

    private PathLayout() {
    }

    public static Placement place(MoneyGraph graph) {
        Map<String, Point> centres = switch (graph.shape()) {
            case CHAIN -> row(graph.nodes());
            case CYCLE -> circle(graph.nodes());
            case STAR -> star(graph.nodes());
            case COLUMNS -> columns(graph.nodes());
        };
        // Shift everything so that the leftmost and topmost boxes sit at the margin.
        double minX = centres.values().stream().mapToDouble(Point::x).min().orElse(0) - NODE_WIDTH / 2;
        double minY = centres.values().stream().mapToDouble(Point::y).min().orElse(0) - NODE_HEIGHT / 2;
        Map<String, Point> shifted = new LinkedHashMap<>();
        centres.forEach((k, p) -> shifted.put(k, new Point(round(p.x() - minX + MARGIN), round(p.y() - minY + MARGIN))));
        double width = shifted.values().stream().mapToDouble(Point::x).max().orElse(0) + NODE_WIDTH / 2 + MARGIN;
        double height = shifted.values().stream().mapToDouble(Point::y).max().orElse(0) + NODE_HEIGHT / 2 + MARGIN;
        List<Segment> segments = new ArrayList<>();
        for (Edge edge : graph.edges()) {
            boolean reverseDrawn = graph.edges().stream()
                    .anyMatch(e -> e.from().equals(edge.to()) && e.to().equals(edge.from()));
            segments.add(segment(shifted.get(edge.from()), shifted.get(edge.to()), reverseDrawn));
        }
        return new Placement(shifted, segments, round(Math.max(width, NODE_WIDTH + 2 * MARGIN)),
                round(Math.max(height, NODE_HEIGHT + 2 * MARGIN)));
    }

    private static Map<String, Point> row(List<Node> nodes) {
        Map<String, Point> out = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) out.put(nodes.get(i).account(), new Point(i * (NODE_WIDTH + GAP_X), 0));
        return out;
    }

    private static Map<String, Point> circle(List<Node> nodes) {
        Map<String, Point> out = new LinkedHashMap<>();
        double radius = radius(nodes.size());
        for (int i = 0; i < nodes.size(); i++) out.put(nodes.get(i).account(), onCircle(radius, i, nodes.size()));
        return out;
    }

    private static Map<String, Point> star(List<Node> nodes) {
        Map<String, Point> out = new LinkedHashMap<>();
        List<Node> around = nodes.stream().filter(n -> n.group() != 0).toList();
        nodes.stream().filter(n -> n.group() == 0).findFirst().ifPresent(c -> out.put(c.account(), new Point(0, 0)));
        double radius = Math.max(radius(around.size()), NODE_WIDTH + GAP_X / 2);
        for (int i = 0; i < around.size(); i++) out.put(around.get(i).account(), onCircle(radius, i, around.size()));
        return out;
    }

    private static Map<String, Point> columns(List<Node> nodes) {
        TreeMap<Integer, List<Node>> byColumn = new TreeMap<>();
        nodes.forEach(n -> byColumn.computeIfAbsent(n.group(), k -> new ArrayList<>()).add(n));
        int tallest = byColumn.values().stream().mapToInt(List::size).max().orElse(1);
        double fullHeight = (tallest - 1) * (NODE_HEIGHT + GAP_Y);
        Map<String, Point> out = new LinkedHashMap<>();
        int column = 0;
        for (List<Node> inColumn : byColumn.values()) {
            double top = (fullHeight - (inColumn.size() - 1) * (NODE_HEIGHT + GAP_Y)) / 2;
            for (int row = 0; row < inColumn.size(); row++) {
                out.put(inColumn.get(row).account(),
                        new Point(column * (NODE_WIDTH + GAP_X), top + row * (NODE_HEIGHT + GAP_Y)));
            }
            column++;
        }
        return out;
    }

    private static double radius(int count) {
        return Math.max(MIN_RADIUS, count * ARC_PER_NODE / (2 * Math.PI));
    }

    /** The i-th of n places on a circle, the first at the top, going clockwise. */
    private static Point onCircle(double radius, int i, int n) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        return new Point(radius * Math.cos(angle), radius * Math.sin(angle));
    }

    /** From the border of one box to the border of the other, moved sideways when the reverse edge is drawn too. */
    static Segment segment(Point from, Point to, boolean moveAside) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double length = Math.hypot(dx, dy);
        if (length == 0) return new Segment(from, to, from);
        double ox = 0;
        double oy = 0;
        if (moveAside) {
            // To the right of the direction of travel: the pair's two edges end up on opposite sides.
            ox = -dy / length * REVERSE_OFFSET;
            oy = dx / length * REVERSE_OFFSET;
        }
        double t = borderFraction(dx, dy);
        Point start = new Point(round(from.x() + dx * t + ox), round(from.y() + dy * t + oy));
        Point end = new Point(round(to.x() - dx * t + ox), round(to.y() - dy * t + oy));
        Point label = new Point(round((start.x() + end.x()) / 2 + ox), round((start.y() + end.y()) / 2 + oy));
        return new Segment(start, end, label);
    }

    /** The fraction of the centre-to-centre vector that lies inside a box: where the line leaves it. */
    private static double borderFraction(double dx, double dy) {
        double tx = dx == 0 ? Double.POSITIVE_INFINITY : (NODE_WIDTH / 2) / Math.abs(dx);
        double ty = dy == 0 ? Double.POSITIVE_INFINITY : (NODE_HEIGHT / 2) / Math.abs(dy);
        return Math.min(Math.min(tx, ty), 0.5);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
