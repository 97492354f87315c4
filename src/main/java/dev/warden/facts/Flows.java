package dev.warden.facts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paths of money through the transfers a decision sees, for rules that look at shapes longer than a join of a
 * few patterns can express (a cycle through four or five accounts). Rules collect the transfers they care about
 * (a window, new counterparties only) and ask here; the thresholds stay in the rules' tables.
 */
public final class Flows {
    private Flows() {
    }

    /** Transfers in order, each paying the account the next one pays from. */
    public record Path(List<PastTransaction> transfers) {
        public Path {
            transfers = List.copyOf(transfers);
        }

        /** The accounts along the path, from the first payer to the last payee. */
        public List<String> accounts() {
            List<String> accounts = new ArrayList<>();
            accounts.add(transfers.get(0).getOriginatorAccount());
            transfers.forEach(t -> accounts.add(t.getBeneficiaryAccount()));
            return accounts;
        }

        public List<String> transactionIds() {
            return transfers.stream().map(PastTransaction::getTransactionId).toList();
        }

        public int length() {
            return transfers.size();
        }
    }

    /**
     * The shortest path of {@code minTransfers} to {@code maxTransfers} transfers from account {@code from} to
     * account {@code to} among {@code transfers}, through distinct accounts; null when there is none. Time order is
     * not required: money is fungible, and a launderer can pre-fund the next leg before the previous one lands.
     */
    public static Path path(Collection<?> transfers, String from, String to, int minTransfers, int maxTransfers) {
        if (from == null || to == null || from.equals(to)) return null;
        Map<String, Map<String, PastTransaction>> paid = new HashMap<>();
        for (Object o : transfers) {
            PastTransaction t = (PastTransaction) o;
            if (t.getOriginatorAccount() == null || t.getBeneficiaryAccount() == null) continue;
            paid.computeIfAbsent(t.getOriginatorAccount(), k -> new LinkedHashMap<>())
                    .putIfAbsent(t.getBeneficiaryAccount(), t);
        }
        // Breadth first: the first arrival at an account is by a shortest path. The target is only accepted at
        // minTransfers or more, so it is never marked as reached early.
        Map<String, PastTransaction> reachedBy = new HashMap<>();
        reachedBy.put(from, null);
        Deque<String> level = new ArrayDeque<>(List.of(from));
        for (int length = 1; length <= maxTransfers && !level.isEmpty(); length++) {
            Deque<String> next = new ArrayDeque<>();
            for (String account : level) {
                for (Map.Entry<String, PastTransaction> edge : paid.getOrDefault(account, Map.of()).entrySet()) {
                    String payee = edge.getKey();
                    if (payee.equals(to)) {
                        if (length >= minTransfers) return trace(reachedBy, edge.getValue());
                        continue;
                    }
                    if (reachedBy.containsKey(payee)) continue;
                    reachedBy.put(payee, edge.getValue());
                    next.add(payee);
                }
            }
            level = next;
        }
        return null;
    }

    /** How many of {@code accounts} take part in at most {@code maxTransfers} of {@code transfers}. */
    public static int quietAccounts(Collection<?> transfers, Collection<String> accounts, int maxTransfers) {
        // Counts for the asked accounts only (two to five), not for every account the transfers name (hundreds
        // around a busy account): the same answer without a map entry per account met.
        Map<String, int[]> count = new HashMap<>();
        for (String account : accounts) count.putIfAbsent(account, new int[1]);
        for (Object o : transfers) {
            PastTransaction t = (PastTransaction) o;
            String payer = t.getOriginatorAccount();
            String payee = t.getBeneficiaryAccount();
            if (payer != null) increment(count, payer);
            if (payee != null && !payee.equals(payer)) increment(count, payee);
        }
        int quiet = 0;
        for (int[] transfersOf : count.values()) {
            if (transfersOf[0] <= maxTransfers) quiet++;
        }
        return quiet;
    }

    private static void increment(Map<String, int[]> count, String account) {
        int[] transfersOf = count.get(account);
        if (transfersOf != null) transfersOf[0]++;
    }

    private static Path trace(Map<String, PastTransaction> reachedBy, PastTransaction last) {
        List<PastTransaction> reversed = new ArrayList<>();
        for (PastTransaction t = last; t != null; t = reachedBy.get(t.getOriginatorAccount())) reversed.add(t);
        java.util.Collections.reverse(reversed);
        return new Path(reversed);
    }
}
