package dev.warden.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.warden.facts.PastTransaction;

/**
 * Rows by key, each key's newest first, for {@link HistoryMirror}: a row is filed under its originator's and
 * beneficiary's account and party (each once). Readers take a key's array as it stands and never see it change: a
 * writer replaces it (copy on write), one key at a time.
 */
final class KeyedRows {
    private static final PastTransaction[] NONE = new PastTransaction[0];
    private static final String ACCOUNT = "a:";
    private static final String PARTY = "p:";
    private final ConcurrentHashMap<String, PastTransaction[]> byKey;

    private KeyedRows(ConcurrentHashMap<String, PastTransaction[]> byKey) {
        this.byKey = byKey;
    }

    /** {@code newestFirst} filed under their keys. */
    static KeyedRows of(List<PastTransaction> newestFirst) {
        Map<String, List<PastTransaction>> lists = new HashMap<>();
        for (PastTransaction t : newestFirst) {
            for (String key : keys(t)) lists.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        }
        ConcurrentHashMap<String, PastTransaction[]> byKey = new ConcurrentHashMap<>(lists.size() * 2);
        lists.forEach((key, rows) -> byKey.put(key, rows.toArray(NONE)));
        return new KeyedRows(byKey);
    }

    /**
     * The rows an account or a party took part in (either way: {@code column} only tells accounts from parties),
     * newest first.
     */
    List<PastTransaction> newestFirst(WindowSelection.Column column, String value) {
        return newestFirst((column.party ? PARTY : ACCOUNT) + value);
    }

    /** A key's rows, newest first (equal times by transactionId, descending): a view that does not change. */
    private List<PastTransaction> newestFirst(String key) {
        PastTransaction[] rows = byKey.get(key);
        return rows == null ? List.of() : Collections.unmodifiableList(Arrays.asList(rows));
    }

    /**
     * Files {@code rows} under their keys; a row already filed (same occurredAt and transactionId) is skipped. Returns
     * how many rows were new.
     */
    long add(List<PastTransaction> rows) {
        Map<String, List<PastTransaction>> grouped = new HashMap<>();
        for (PastTransaction t : rows) {
            for (String key : keys(t)) grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        }
        long[] added = {0};
        grouped.forEach((key, filed) -> byKey.compute(key, (k, held) -> {
            List<PastTransaction> all = new ArrayList<>((held == null ? 0 : held.length) + filed.size());
            if (held != null) all.addAll(Arrays.asList(held));
            for (PastTransaction t : filed) {
                int at = Collections.binarySearch(all, t, WindowSelection.NEWEST_FIRST);
                if (at >= 0) continue;
                all.add(-at - 1, t);
                if (key.equals(keys(t).get(0))) added[0]++;
            }
            return all.toArray(NONE);
        }));
        return added[0];
    }

    /** Drops every row that occurred before {@code from}; returns how many rows went. */
    long dropBefore(Instant from) {
        long dropped = 0;
        for (Map.Entry<String, PastTransaction[]> entry : byKey.entrySet()) {
            PastTransaction[] rows = entry.getValue();
            int keep = rows.length;
            while (keep > 0 && rows[keep - 1].getOccurredAt().isBefore(from)) keep--;
            if (keep == rows.length) continue;
            boolean replaced = keep == 0 ? byKey.remove(entry.getKey(), rows)
                    : byKey.replace(entry.getKey(), rows, Arrays.copyOf(rows, keep));
            // Changed meanwhile by add: left for the next sweep.
            if (!replaced) continue;
            for (int i = keep; i < rows.length; i++) {
                if (entry.getKey().equals(keys(rows[i]).get(0))) dropped++;
            }
        }
        return dropped;
    }

    /** How many accounts and parties hold rows. */
    int keys() {
        return byKey.size();
    }

    /** A row's keys, the first of them counting it. */
    private static List<String> keys(PastTransaction t) {
        List<String> keys = new ArrayList<>(4);
        for (String account : new String[] {t.getOriginatorAccount(), t.getBeneficiaryAccount()}) {
            if (account != null && !keys.contains(ACCOUNT + account)) keys.add(ACCOUNT + account);
        }
        for (String party : new String[] {t.getOriginatorPartyId(), t.getBeneficiaryPartyId()}) {
            if (party != null && !keys.contains(PARTY + party)) keys.add(PARTY + party);
        }
        return keys;
    }
}
