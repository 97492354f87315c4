package dev.warden.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.warden.facts.PastTransaction;

/**
 * Follows the money upstream of the originator: hop 1 is every transaction sent or received by an account that
 * paid the originator, hop 2 the same for the accounts that paid those, and so on to {@code depth}. Both
 * directions of an upstream account are loaded so that rules also see where else its money went (the other legs
 * of a scatter). One window query per hop level, so a decision costs at most depth + 1 queries; the accounts per
 * level and the rows over all levels are bounded by {@code maxRows}. A transaction keeps the smallest hop at which
 * it was found. Shared by the SQL and the in-memory source, so both answer the same.
 */
public final class UpstreamHops {
    /** How far upstream to look: levels, how far back from occurredAt, and the most rows over all levels. */
    public record Settings(int depth, Duration window, int maxRows) {
        /** The defaults of warden.history.upstream-* (WardenConfig.History). */
        public static final Settings DEFAULT = new Settings(3, Duration.ofDays(30), 500);
        public static final Settings NONE = new Settings(0, Duration.ZERO, 0);
    }

    /** One level's query: the transactions of some accounts in [asOf - window, asOf], newest first. */
    @FunctionalInterface
    public interface LevelQuery {
        List<PastTransaction> transactionsOf(Collection<String> accounts, Instant asOf, Duration window, int maxRows,
                String excludeTransactionId);
    }

    private UpstreamHops() {
    }

    /** Hop 0 as given, followed by the upstream hops. */
    public static List<PastTransaction> withUpstream(HistoryRequest request, List<PastTransaction> hop0,
            Settings settings, LevelQuery query) {
        String origin = request.upstreamOf();
        if (origin == null || settings.depth() <= 0 || settings.maxRows() <= 0) return hop0;
        Map<String, PastTransaction> found = new LinkedHashMap<>();
        hop0.forEach(t -> found.put(t.getTransactionId(), t));
        Set<String> visited = new LinkedHashSet<>(request.accounts());
        Instant from = request.asOf().minus(settings.window());
        Set<String> frontier = payersOf(Set.of(origin), hop0, from, visited, settings.maxRows());
        int budget = settings.maxRows();
        List<PastTransaction> upstream = new ArrayList<>();
        for (int hop = 1; hop <= settings.depth() && !frontier.isEmpty() && budget > 0; hop++) {
            // Rows already found (the legs into visited accounts) come back too: ask for enough to cover them. That
            // many, and no more: the first `budget` fresh rows are the same, and when fewer than `budget` are fresh the
            // level holds every row of the frontier either way (so the next frontier is the same too).
            List<PastTransaction> level = query.transactionsOf(frontier, request.asOf(), settings.window(),
                    budget + foundInLevel(found.values(), frontier, from, request), request.excludeTransactionId());
            List<PastTransaction> fresh = new ArrayList<>();
            for (PastTransaction t : level) {
                if (fresh.size() >= budget) break;
                if (found.containsKey(t.getTransactionId())) continue;
                PastTransaction atHop = t.atHop(hop, request.asOf());
                found.put(t.getTransactionId(), atHop);
                fresh.add(atHop);
            }
            upstream.addAll(fresh);
            budget -= fresh.size();
            visited.addAll(frontier);
            frontier = payersOf(frontier, level, from, visited, budget);
        }
        if (upstream.isEmpty()) return hop0;
        List<PastTransaction> all = new ArrayList<>(hop0);
        all.addAll(upstream);
        return all;
    }

    /** How many transactions already found the level query over {@code frontier} since {@code from} returns again. */
    private static int foundInLevel(Collection<PastTransaction> found, Set<String> frontier, Instant from,
            HistoryRequest request) {
        int count = 0;
        for (PastTransaction t : found) {
            if ((frontier.contains(t.getOriginatorAccount()) || frontier.contains(t.getBeneficiaryAccount()))
                    && !t.getOccurredAt().isBefore(from) && !t.getOccurredAt().isAfter(request.asOf())) {
                count++;
            }
        }
        return count;
    }

    /** Accounts that paid any of {@code payees} since {@code from}, not yet visited, at most {@code limit}. */
    private static Set<String> payersOf(Set<String> payees, List<PastTransaction> transactions, Instant from,
            Set<String> visited, int limit) {
        Set<String> payers = new LinkedHashSet<>();
        for (PastTransaction t : transactions) {
            if (payers.size() >= limit) break;
            String payer = t.getOriginatorAccount();
            if (payer != null && payees.contains(t.getBeneficiaryAccount()) && !t.getOccurredAt().isBefore(from)
                    && !visited.contains(payer)) {
                payers.add(payer);
            }
        }
        return payers;
    }
}
