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
 * writer replaces it (copy on write), one key at a time. Writers take turns (the mirror's lock).
 */
final class KeyedRows {
    private static final PastTransaction[] NONE = new PastTransaction[0];
    private final Map<WindowSelection.Kind, ConcurrentHashMap<String, PastTransaction[]>> byKind;

    /** Where a row is filed: a kind and a key value. */
    private record Filing(WindowSelection.Kind kind, String key) {
    }

    private KeyedRows(Map<WindowSelection.Kind, ConcurrentHashMap<String, PastTransaction[]>> byKind) {
        this.byKind = byKind;
    }

    /** {@code newestFirst} filed under their keys. */
    static KeyedRows of(List<PastTransaction> newestFirst) {
        Map<Filing, List<PastTransaction>> lists = byFiling(newestFirst);
        Map<WindowSelection.Kind, ConcurrentHashMap<String, PastTransaction[]>> byKind = new HashMap<>();
        for (WindowSelection.Kind kind : WindowSelection.Kind.values()) byKind.put(kind, new ConcurrentHashMap<>());
        lists.forEach((filing, rows) -> byKind.get(filing.kind()).put(filing.key(), rows.toArray(NONE)));
        return new KeyedRows(byKind);
    }

    /**
     * The rows an account or a party took part in (either way), newest first, from the first that occurred at or
     * before {@code to}: a view that does not change.
     */
    List<PastTransaction> newestFirst(WindowSelection.Kind kind, String value, Instant to) {
        PastTransaction[] rows = byKind.get(kind).get(value);
        if (rows == null) return List.of();
        // Binary search for the first row not after `to` (rows are newest first).
        int low = 0;
        int high = rows.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (rows[middle].getOccurredAt().isAfter(to)) low = middle + 1;
            else high = middle;
        }
        return Collections.unmodifiableList(Arrays.asList(rows).subList(low, rows.length));
    }

    /**
     * Files {@code rows} under their keys; a row already filed (same occurredAt and transactionId) is skipped. Returns
     * how many rows were new.
     */
    long add(List<PastTransaction> rows) {
        Map<Filing, List<PastTransaction>> grouped = byFiling(rows);
        long[] added = {0};
        grouped.forEach((filing, filed) -> byKind.get(filing.kind()).compute(filing.key(), (k, held) -> {
            List<PastTransaction> all = new ArrayList<>((held == null ? 0 : held.length) + filed.size());
            if (held != null) all.addAll(Arrays.asList(held));
            for (PastTransaction t : filed) {
                int at = Collections.binarySearch(all, t, WindowSelection.NEWEST_FIRST);
                if (at >= 0) continue;
                all.add(-at - 1, t);
                if (filing.equals(filings(t).get(0))) added[0]++;
            }
            return all.toArray(NONE);
        }));
        return added[0];
    }

    /** Drops every row that occurred before {@code from}; returns how many rows went. */
    long dropBefore(Instant from) {
        long dropped = 0;
        for (var kind : byKind.entrySet()) {
            for (Map.Entry<String, PastTransaction[]> entry : kind.getValue().entrySet()) {
                PastTransaction[] rows = entry.getValue();
                int keep = rows.length;
                while (keep > 0 && rows[keep - 1].getOccurredAt().isBefore(from)) keep--;
                if (keep == rows.length) continue;
                if (keep == 0) kind.getValue().remove(entry.getKey());
                else entry.setValue(Arrays.copyOf(rows, keep));
                Filing filing = new Filing(kind.getKey(), entry.getKey());
                for (int i = keep; i < rows.length; i++) {
                    if (filing.equals(filings(rows[i]).get(0))) dropped++;
                }
            }
        }
        return dropped;
    }

    /** How many accounts and parties hold rows. */
    int keys() {
        return byKind.values().stream().mapToInt(Map::size).sum();
    }

    /** {@code rows} under each of their filings, in the order given. */
    private static Map<Filing, List<PastTransaction>> byFiling(List<PastTransaction> rows) {
        Map<Filing, List<PastTransaction>> grouped = new HashMap<>();
        for (PastTransaction t : rows) {
            for (Filing filing : filings(t)) grouped.computeIfAbsent(filing, k -> new ArrayList<>()).add(t);
        }
        return grouped;
    }

    /** A row's filings, the first of them counting it. */
    private static List<Filing> filings(PastTransaction t) {
        List<Filing> filings = new ArrayList<>(4);
        for (WindowSelection.Kind kind : WindowSelection.Kind.values()) {
            for (String key : new String[] {kind.originator.apply(t), kind.beneficiary.apply(t)}) {
                Filing filing = new Filing(kind, key);
                if (key != null && !filings.contains(filing)) filings.add(filing);
            }
        }
        return filings;
    }
}
