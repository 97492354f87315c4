package dev.warden.history.held;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.warden.facts.PastTransaction;

/**
 * Rows by key column and value, each value's newest first, for {@link HistoryMirror}: a row is filed under its
 * originator's account, its beneficiary's account, its originator's party and its beneficiary's party, as the
 * window statement's four indexes hold it, so that each branch of a window reads only its own rows. Readers take a
 * key's array as it stands and never see it change: a writer replaces it (copy on write), one key at a time. Writers
 * take turns (the mirror's lock).
 */
final class KeyedRows {
    private static final PastTransaction[] NONE = new PastTransaction[0];
    private final Map<WindowSelection.Column, ConcurrentHashMap<String, PastTransaction[]>> byColumn;

    /** Where a row is filed: a key column and its value. */
    private record Filing(WindowSelection.Column column, String key) {
    }

    private KeyedRows(Map<WindowSelection.Column, ConcurrentHashMap<String, PastTransaction[]>> byColumn) {
        this.byColumn = byColumn;
    }

    /** {@code newestFirst} filed under their keys. */
    static KeyedRows of(List<PastTransaction> newestFirst) {
        Map<Filing, List<PastTransaction>> lists = byFiling(newestFirst);
        Map<WindowSelection.Column, ConcurrentHashMap<String, PastTransaction[]>> byColumn =
                new EnumMap<>(WindowSelection.Column.class);
        for (WindowSelection.Column column : WindowSelection.Column.values()) {
            byColumn.put(column, new ConcurrentHashMap<>());
        }
        lists.forEach((filing, rows) -> byColumn.get(filing.column()).put(filing.key(), rows.toArray(NONE)));
        return new KeyedRows(byColumn);
    }

    /**
     * The rows with {@code value} in {@code column}, newest first, from the first that occurred at or before
     * {@code to}: a view that does not change.
     */
    List<PastTransaction> newestFirst(WindowSelection.Column column, String value, Instant to) {
        PastTransaction[] rows = byColumn.get(column).get(value);
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
     * the rows that were new.
     */
    List<PastTransaction> add(List<PastTransaction> rows) {
        Map<Filing, List<PastTransaction>> grouped = byFiling(rows);
        List<PastTransaction> added = new ArrayList<>();
        grouped.forEach((filing, filed) -> byColumn.get(filing.column()).compute(filing.key(), (k, held) -> {
            List<PastTransaction> all = new ArrayList<>((held == null ? 0 : held.length) + filed.size());
            if (held != null) all.addAll(Arrays.asList(held));
            for (PastTransaction t : filed) {
                int at = Collections.binarySearch(all, t, WindowSelection.NEWEST_FIRST);
                if (at >= 0) continue;
                all.add(-at - 1, t);
                if (filing.equals(filings(t).get(0))) added.add(t);
            }
            return all.toArray(NONE);
        }));
        return added;
    }

    /** Drops every row that occurred before {@code from}; returns the rows that went. */
    List<PastTransaction> dropBefore(Instant from) {
        List<PastTransaction> dropped = new ArrayList<>();
        for (var column : byColumn.entrySet()) {
            for (Map.Entry<String, PastTransaction[]> entry : column.getValue().entrySet()) {
                PastTransaction[] rows = entry.getValue();
                int keep = rows.length;
                while (keep > 0 && rows[keep - 1].getOccurredAt().isBefore(from)) keep--;
                if (keep == rows.length) continue;
                if (keep == 0) column.getValue().remove(entry.getKey());
                else entry.setValue(Arrays.copyOf(rows, keep));
                Filing filing = new Filing(column.getKey(), entry.getKey());
                for (int i = keep; i < rows.length; i++) {
                    if (filing.equals(filings(rows[i]).get(0))) dropped.add(rows[i]);
                }
            }
        }
        return dropped;
    }

    /** How many (column, value) keys hold rows: an account that both paid and was paid counts twice. */
    int keys() {
        return byColumn.values().stream().mapToInt(Map::size).sum();
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
        for (WindowSelection.Column column : WindowSelection.Column.values()) {
            String key = column.of.apply(t);
            if (key != null) filings.add(new Filing(column, key));
        }
        return filings;
    }
}
