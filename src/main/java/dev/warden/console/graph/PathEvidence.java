package dev.warden.console.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import dev.warden.console.graph.MoneyGraph.Node;
import dev.warden.console.graph.MoneyGraph.Shape;

/**
 * Which accounts and transfers a layering finding's evidence names, and how to draw them. Read from the evidence's
 * shape (its keys, as the rules in rules/layering write them with Evidence.of), not from rule ids, so a new rule
 * that names a path the same way is drawn the same way:
 *
 * <ul>
 * <li>{@code path} + {@code transactions} (LAYERING_CHAIN): the named transfers along the path, a chain;
 * <li>{@code loop} + {@code transactions} (LAYERING_CYCLE): the loop's transfers and the one closing it, a circle;
 * <li>{@code source} + {@code collector} + {@code windowHours} (LAYERING_SCATTER_GATHER): the source's first
 * transfers to the accounts that then paid the collector (first transfers too), three columns;
 * <li>{@code account} + {@code senders} (LAYERING_FAN_IN): the new senders' transfers to the account, a star;
 * <li>{@code account} + {@code beneficiaries} as a list (LAYERING_FAN_OUT): the account's transfers to them, a star;
 * <li>{@code account} + {@code payers} (LAYERING_GATHER_SCATTER): the payers' transfers in, the account's first
 * transfers out, three columns;
 * <li>{@code accounts} + {@code transactions} (LAYERING_STRUCTURING_PARTY_24H): the named transfers from the
 * customer's accounts, two columns;
 * <li>{@code account} + {@code transactions} (LAYERING_STRUCTURING_24H): the named transfers, a star;
 * <li>{@code account} + {@code windowHours} (LAYERING_PASS_THROUGH, LAYERING_NEW_PAYEE_OUTSIDE_ROUTINE,
 * LAYERING_VELOCITY_SPIKE): everything the account sent and received in the window, payers | account | payees.
 * </ul>
 * The decided transfer is always part of the drawing. Evidence that names no accounts (fiat to stablecoin) or no
 * transfers besides the decided one (a dormant account) names no path.
 */
public final class PathEvidence {

    enum Pattern { CHAIN, CYCLE, SCATTER_GATHER, FAN_IN, FAN_OUT, GATHER_SCATTER, SPLIT_ACCOUNTS, ACCOUNT_TRANSFERS,
        ACCOUNT_WINDOW }

    /**
     * What to read and how to draw it. {@code accounts}: the accounts the evidence names, in its order (the centre
     * or source first); {@code counterparts}: the other side it names (senders, beneficiaries, payers, or the
     * collector); {@code transactionIds}: transfers it names; {@code window}: how far back from the decision the
     * accounts' transfers are read (null: only the named transfers).
     */
    public record Plan(Pattern pattern, List<String> accounts, Set<String> counterparts, List<String> transactionIds,
            Duration window) {

        /** The accounts whose transfers in the window are read. */
        public Set<String> windowAccounts() {
            if (window == null) return Set.of();
            Set<String> out = new LinkedHashSet<>(accounts);
            if (pattern == Pattern.SCATTER_GATHER) out.addAll(counterparts);
            return out;
        }

        public String describe() {
            return switch (pattern) {
                case CHAIN -> "Chain through " + accounts.size() + " accounts";
                case CYCLE -> "Cycle through " + accounts.size() + " accounts";
                case SCATTER_GATHER -> "Scatter-gather from " + accounts.get(0) + " to " + counterparts.iterator().next();
                case FAN_IN -> "Fan-in: new senders paying " + accounts.get(0);
                case FAN_OUT -> "Fan-out: " + accounts.get(0) + " paying new beneficiaries";
                case GATHER_SCATTER -> "Gather-scatter through " + accounts.get(0);
                case SPLIT_ACCOUNTS -> "Transfers from " + accounts.size() + " accounts of one customer";
                case ACCOUNT_TRANSFERS -> "Transfers of " + accounts.get(0);
                case ACCOUNT_WINDOW -> "What " + accounts.get(0) + " received and sent in the window";
            };
        }
    }

    private PathEvidence() {
    }

    /** The plan for a finding (as stored in the decision's response), or empty when it names no path. */
    public static Optional<Plan> plan(JsonNode finding) {
        if (!"LAYERING".equals(finding.path("category").asText())) return Optional.empty();
        JsonNode e = finding.path("evidence");
        List<String> ids = strings(e.path("transactions"));
        Duration window = e.path("windowHours").isNumber()
                ? Duration.ofSeconds(Math.round(e.path("windowHours").asDouble() * 3600)) : null;
        String account = text(e.path("account"));
        if (e.path("path").isArray() && !strings(e.path("path")).isEmpty()) {
            return Optional.of(new Plan(Pattern.CHAIN, strings(e.path("path")), Set.of(), ids, null));
        }
        if (e.path("loop").isArray() && !strings(e.path("loop")).isEmpty()) {
            return Optional.of(new Plan(Pattern.CYCLE, strings(e.path("loop")), Set.of(), ids, null));
        }
        String source = text(e.path("source"));
        String collector = text(e.path("collector"));
        if (source != null && collector != null && window != null) {
            return Optional.of(new Plan(Pattern.SCATTER_GATHER, List.of(source), Set.of(collector), List.of(), window));
        }
        if (account != null && window != null && e.path("senders").isArray()) {
            return Optional.of(new Plan(Pattern.FAN_IN, List.of(account), set(e.path("senders")), List.of(), window));
        }
        if (account != null && window != null && e.path("beneficiaries").isArray()) {
            return Optional.of(new Plan(Pattern.FAN_OUT, List.of(account), set(e.path("beneficiaries")), List.of(), window));
        }
        if (account != null && window != null && e.path("payers").isArray()) {
            return Optional.of(new Plan(Pattern.GATHER_SCATTER, List.of(account), set(e.path("payers")), List.of(), window));
        }
        if (e.path("accounts").isArray() && !ids.isEmpty()) {
            return Optional.of(new Plan(Pattern.SPLIT_ACCOUNTS, strings(e.path("accounts")), Set.of(), ids, null));
        }
        if (account != null && !ids.isEmpty()) {
            return Optional.of(new Plan(Pattern.ACCOUNT_TRANSFERS, List.of(account), Set.of(), ids, null));
        }
        if (account != null && window != null) {
            return Optional.of(new Plan(Pattern.ACCOUNT_WINDOW, List.of(account), Set.of(), List.of(), window));
        }
        return Optional.empty();
    }

    /**
     * The drawing of a plan from the transfers read for it (the named ones, the window's, and the decided one):
     * only the transfers the pattern is about are kept.
     */
    public static MoneyGraph graph(Plan plan, List<Transfer> read) {
        Set<String> ids = new LinkedHashSet<>(plan.transactionIds());
        Predicate<Transfer> named = t -> t.decided() || ids.contains(t.transactionId());
        String first = plan.accounts().get(0);
        Set<String> others = plan.counterparts();
        return switch (plan.pattern()) {
            case CHAIN -> MoneyGraph.of(Shape.CHAIN, nodes(plan.accounts(), 0), keep(read, named), 0);
            case CYCLE -> MoneyGraph.of(Shape.CYCLE, nodes(plan.accounts(), 0), keep(read, named), 0);
            case FAN_IN -> MoneyGraph.of(Shape.STAR, nodes(List.of(first), 0),
                    keep(read, t -> t.decided() || (t.to().equals(first) && others.contains(t.from()))), 1);
            case FAN_OUT -> MoneyGraph.of(Shape.STAR, nodes(List.of(first), 0),
                    keep(read, t -> t.decided() || (t.from().equals(first) && others.contains(t.to()))), 1);
            case ACCOUNT_TRANSFERS -> MoneyGraph.of(Shape.STAR, nodes(List.of(first), 0), keep(read, named), 1);
            case SPLIT_ACCOUNTS -> MoneyGraph.of(Shape.COLUMNS, nodes(plan.accounts(), 0), keep(read, named), 1);
            case GATHER_SCATTER -> throughColumns(first, keep(read, t -> t.decided()
                    || (t.to().equals(first) && others.contains(t.from()))
                    || (t.from().equals(first) && t.newCounterparty())));
            case ACCOUNT_WINDOW -> throughColumns(first,
                    keep(read, t -> t.decided() || t.from().equals(first) || t.to().equals(first)));
            case SCATTER_GATHER -> scatterGather(first, others.iterator().next(), read);
        };
    }

    /** Source, the accounts it paid that paid the collector (each leg a first transfer), collector. */
    private static MoneyGraph scatterGather(String source, String collector, List<Transfer> read) {
        Set<String> scattered = new LinkedHashSet<>();
        Set<String> gathered = new LinkedHashSet<>();
        for (Transfer t : read) {
            if (t.from().equals(source) && t.newCounterparty()) scattered.add(t.to());
            if (t.to().equals(collector) && (t.newCounterparty() || t.decided())) gathered.add(t.from());
        }
        Set<String> legs = new LinkedHashSet<>(scattered);
        legs.retainAll(gathered);
        read.stream().filter(Transfer::decided).forEach(t -> legs.add(t.from()));
        List<Transfer> kept = keep(read, t -> t.decided()
                || (t.from().equals(source) && t.newCounterparty() && legs.contains(t.to()))
                || (t.to().equals(collector) && t.newCounterparty() && legs.contains(t.from())));
        List<Node> nodes = new ArrayList<>();
        nodes.add(new Node(source, 0));
        legs.stream().sorted().forEach(a -> nodes.add(new Node(a, 1)));
        nodes.add(new Node(collector, 2));
        return MoneyGraph.of(Shape.COLUMNS, nodes, kept, 1);
    }

    /** Payers in the first column, the account in the second, payees in the third. */
    private static MoneyGraph throughColumns(String account, List<Transfer> kept) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(new Node(account, 1));
        kept.stream().filter(t -> t.to().equals(account)).map(Transfer::from).distinct().sorted()
                .forEach(a -> nodes.add(new Node(a, 0)));
        kept.stream().filter(t -> t.from().equals(account)).map(Transfer::to).distinct().sorted()
                .forEach(a -> nodes.add(new Node(a, 2)));
        return MoneyGraph.of(Shape.COLUMNS, nodes, kept, 2);
    }

    private static List<Transfer> keep(List<Transfer> read, Predicate<Transfer> wanted) {
        return read.stream().filter(wanted).toList();
    }

    private static List<Node> nodes(List<String> accounts, int group) {
        return accounts.stream().map(a -> new Node(a, group)).toList();
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isEmpty() ? node.asText() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) array.forEach(v -> { if (v.isValueNode() && !v.isNull()) out.add(v.asText()); });
        return out;
    }

    private static Set<String> set(JsonNode array) {
        return new LinkedHashSet<>(strings(array));
    }
}
