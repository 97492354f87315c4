package dev.warden.console.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accounts (nodes) and the transfers between them (edges, one per ordered pair of accounts, holding every transfer
 * of that pair in time order), with the shape the layout draws. A node's {@code group} places it: its column for
 * {@link Shape#COLUMNS}, 0 for the centre of a {@link Shape#STAR}; chain and cycle place nodes in list order.
 */
public record MoneyGraph(Shape shape, List<Node> nodes, List<Edge> edges) {

    public enum Shape { CHAIN, CYCLE, STAR, COLUMNS }

    public record Node(String account, int group) {
    }

    public record Edge(String from, String to, List<Transfer> transfers) {
        public boolean decided() {
            return transfers.stream().anyMatch(Transfer::decided);
        }
    }

    public MoneyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * The graph of these transfers: the given nodes in their order, then any other account a transfer touches,
     * in the group {@code otherGroup}; transfers of one ordered pair folded into one edge, oldest first.
     */
    public static MoneyGraph of(Shape shape, List<Node> ordered, List<Transfer> transfers, int otherGroup) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        ordered.forEach(n -> nodes.putIfAbsent(n.account(), n));
        Map<List<String>, List<Transfer>> pairs = new LinkedHashMap<>();
        transfers.stream().sorted(java.util.Comparator.comparing(Transfer::occurredAt)
                .thenComparing(Transfer::transactionId)).forEach(t -> {
                    nodes.putIfAbsent(t.from(), new Node(t.from(), otherGroup));
                    nodes.putIfAbsent(t.to(), new Node(t.to(), otherGroup));
                    pairs.computeIfAbsent(List.of(t.from(), t.to()), k -> new ArrayList<>()).add(t);
                });
        List<Edge> edges = new ArrayList<>();
        pairs.forEach((pair, list) -> edges.add(new Edge(pair.get(0), pair.get(1), List.copyOf(list))));
        return new MoneyGraph(shape, new ArrayList<>(nodes.values()), edges);
    }

    /** Every transfer of the graph, oldest first. */
    public List<Transfer> transfers() {
        return edges.stream().flatMap(e -> e.transfers().stream())
                .sorted(java.util.Comparator.comparing(Transfer::occurredAt).thenComparing(Transfer::transactionId))
                .toList();
    }
}
