package dev.warden.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.warden.facts.PastTransaction;

/**
 * Follows the money upstream of the originator: hop 1 is the transactions sent or received by the accounts that
 * paid the originator, hop 2 the same for the accounts that paid those, and so on to {@code depth}. Both
 * directions of an upstream account are loaded so that rules also see where else its money went (the other legs
 * of a scatter) and how busy it is (quiet conduits). One window query per hop level, so a decision costs at most
 * depth + 1 queries. A transaction keeps the smallest hop at which it was found. Shared by the SQL and the
 * in-memory source, so both answer the same.
 *
 * <p>What bounds the work, so that it does not grow with how busy the accounts around the originator are:
 * <ul>
 * <li>with {@link Follow#FIRST_TRANSFERS} (the default) a payer is followed only through a transfer that was the
 * first between its two accounts (new counterparty): layering runs over fresh relationships, and the chain, cycle
 * and scatter-gather rules count those; standing relationships (salaries, rent, suppliers) are most of a payment
 * graph, and an unrestricted walk through them reaches thousands of accounts in three levels;
 * <li>each upstream account brings at most {@code rowsPerAccount} transactions each way, its newest in the window;
 * <li>an upstream account whose inflows fill that bound is a hub (a payroll account, a merchant, an exchange): its
 * rows are loaded, but its payers are not followed (its money is pooled, and following every payer of an exchange is
 * following everyone); the originator's own payers are followed, the newest {@code rowsPerAccount} of them;
 * <li>{@code maxRows} over all levels;
 * <li>a transfer to a known counterparty (the counterparty memory says the originator paid the beneficiary before)
 * walks {@code knownCounterpartyDepth} levels: the rules that look past the originator's payers (cycles,
 * scatter-gather) fire only on transfers to new counterparties, and most payments repeat standing ones.
 * </ul>
 */
public final class UpstreamHops {
    /** Which payers lead to the next level. */
    public enum Follow {
        /** Only payers whose transfer was the first between the two accounts (PastTransaction.newCounterparty). */
        FIRST_TRANSFERS,
        /** Every payer. */
        ALL
    }

    /**
     * How far upstream to look: levels (and levels for a transfer to a known counterparty), how far back from
     * occurredAt, the most rows over all levels, the most rows per account and direction (and payers per account),
     * and which legs are followed.
     */
    public record Settings(int depth, int knownCounterpartyDepth, Duration window, int maxRows, int rowsPerAccount,
            Follow follow) {
        /** warden.history.upstream-* with nothing configured. */
        public static final Settings DEFAULT = of(HistoryConfig.defaults());
        /** The default of warden.history.upstream-rows-per-account. */
        public static final int DEFAULT_ROWS_PER_ACCOUNT = DEFAULT.rowsPerAccount();
        /** The default of warden.history.upstream-depth-known-counterparty. */
        public static final int DEFAULT_KNOWN_COUNTERPARTY_DEPTH = DEFAULT.knownCounterpartyDepth();
        public static final Settings NONE = new Settings(0, Duration.ZERO, 0);

        /** The settings warden.history.upstream-* give. */
        public static Settings of(HistoryConfig history) {
            return new Settings(history.upstreamDepth(), history.upstreamDepthKnownCounterparty(),
                    history.upstreamWindow(), history.upstreamMaxRows(), history.upstreamRowsPerAccount(),
                    history.upstreamFollow());
        }

        /**
         * The given depth, window and row bound with the defaults for known counterparties, per-account bound and
         * following.
         */
        public Settings(int depth, Duration window, int maxRows) {
            this(depth, DEFAULT.knownCounterpartyDepth(), window, maxRows, DEFAULT.rowsPerAccount(), DEFAULT.follow());
        }

        /** The levels walked for {@code request}: fewer for a transfer to a known counterparty. */
        int depthFor(HistoryRequest request) {
            return request.knownCounterparty() ? Math.min(depth, knownCounterpartyDepth) : depth;
        }
    }

    /**
     * One level's query: the transactions of some accounts (no parties) in the window, newest first, at most
     * {@code perKey} per account and direction and {@code maxRows} in all. Their hop and age do not matter: the walk
     * gives the rows it keeps both.
     */
    @FunctionalInterface
    public interface LevelQuery {
        List<PastTransaction> transactionsOf(WindowQuery level);
    }

    private UpstreamHops() {
    }

    /** Hop 0 as given, followed by the upstream hops. */
    public static List<PastTransaction> withUpstream(HistoryRequest request, List<PastTransaction> hop0,
            Settings settings, LevelQuery query) {
        String origin = request.upstreamOf();
        int depth = settings.depthFor(request);
        if (origin == null || depth <= 0 || settings.maxRows() <= 0) return hop0;
        Map<String, PastTransaction> found = new LinkedHashMap<>();
        hop0.forEach(t -> found.put(t.getTransactionId(), t));
        Set<String> visited = new LinkedHashSet<>(request.accounts());
        Instant from = request.asOf().minus(settings.window());
        int perAccount = Math.max(1, settings.rowsPerAccount());
        boolean firstTransfersOnly = settings.follow() == Follow.FIRST_TRANSFERS;
        Set<String> frontier = payersOf(Set.of(origin), hop0, from, visited, settings.maxRows(), firstTransfersOnly,
                perAccount);
        int budget = settings.maxRows();
        List<PastTransaction> upstream = new ArrayList<>();
        for (int hop = 1; hop <= depth && !frontier.isEmpty() && budget > 0; hop++) {
            // Rows already found (the legs into visited accounts) come back too: ask for enough to cover them. That
            // many, and no more: the first `budget` fresh rows are the same, and when fewer than `budget` are fresh the
            // level holds every row of the frontier either way (so the next frontier is the same too).
            List<PastTransaction> level = query.transactionsOf(WindowQuery.level(frontier, request, settings.window(),
                    perAccount, budget + foundInLevel(found.values(), frontier, from, request)));
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
            frontier = payersOf(withoutHubs(frontier, level, perAccount), level, from, visited, budget,
                    firstTransfersOnly, perAccount);
        }
        if (upstream.isEmpty()) return hop0;
        List<PastTransaction> all = new ArrayList<>(hop0);
        all.addAll(upstream);
        return all;
    }

    /** The accounts of {@code frontier} whose inflows in {@code level} did not fill the per-account bound. */
    private static Set<String> withoutHubs(Set<String> frontier, List<PastTransaction> level, int perAccount) {
        Map<String, Integer> inflows = new HashMap<>();
        for (PastTransaction t : level) {
            if (frontier.contains(t.getBeneficiaryAccount())) inflows.merge(t.getBeneficiaryAccount(), 1, Integer::sum);
        }
        Set<String> followed = new LinkedHashSet<>(frontier);
        followed.removeIf(account -> inflows.getOrDefault(account, 0) >= perAccount);
        return followed;
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

    /**
     * Accounts that paid any of {@code payees} since {@code from} (with {@code firstTransfersOnly}, through a first
     * transfer), not yet visited: the newest {@code perPayee} of each payee, at most {@code limit} in all.
     * {@code transactions} are newest first.
     */
    private static Set<String> payersOf(Set<String> payees, List<PastTransaction> transactions, Instant from,
            Set<String> visited, int limit, boolean firstTransfersOnly, int perPayee) {
        Set<String> payers = new LinkedHashSet<>();
        Map<String, Integer> payersPerPayee = new HashMap<>();
        for (PastTransaction t : transactions) {
            if (payers.size() >= limit) break;
            String payer = t.getOriginatorAccount();
            String payee = t.getBeneficiaryAccount();
            if (payer == null || !payees.contains(payee) || t.getOccurredAt().isBefore(from) || visited.contains(payer)
                    || payers.contains(payer) || (firstTransfersOnly && !t.isNewCounterparty())) {
                continue;
            }
            if (payersPerPayee.merge(payee, 1, Integer::sum) <= perPayee) payers.add(payer);
        }
        return payers;
    }
}
