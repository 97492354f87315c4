package dev.warden.history.held;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import dev.warden.facts.PastTransaction;

/**
 * Rows by key column and value, each value's newest first, for {@link HistoryMirror}: a row is filed under its
 * originator's account, its beneficiary's account, its originator's party and its beneficiary's party, as the
 * window statement's four indexes hold it, so that each branch of a window reads only its own rows. Readers take a
 * key's array as it stands and never see it change: a writer replaces it (copy on write), one key at a time. Writers
 * take turns (the mirror's lock).
 *
 * <p>Every row is also listed once in the hour it occurred in, so that dropping old rows visits only the keys of the
 * rows that go, not every key held: with a million keys, a sweep over all of them cost more than the decisions.
 */
final class KeyedRows {
    private static final PastTransaction[] NONE = new PastTransaction[0];
    private static final long BUCKET_SECONDS = 3_600;
    private final Map<WindowSelection.Column, ConcurrentHashMap<String, PastTransaction[]>> byColumn;
    /** The rows held, by the hour they occurred in (epoch seconds / 3,600); writers only, under the mirror's lock. */
    private final NavigableMap<Long, List<PastTransaction>> byHour = new TreeMap<>();

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
        KeyedRows keyed = new KeyedRows(byColumn);
        newestFirst.forEach(keyed::listByHour);
        return keyed;
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
        added.forEach(this::listByHour);
        return added;
    }

    /** Drops every row that occurred before {@code from}; returns the rows that went. */
    List<PastTransaction> dropBefore(Instant from) {
        List<PastTransaction> dropped = new ArrayList<>();
        var hours = byHour.headMap(hourOf(from), true).entrySet().iterator();
        while (hours.hasNext()) {
            List<PastTransaction> hour = hours.next().getValue();
            List<PastTransaction> kept = new ArrayList<>();
            for (PastTransaction t : hour) {
                if (t.getOccurredAt().isBefore(from)) dropped.add(t);
                else kept.add(t);
            }
            if (kept.isEmpty()) hours.remove();
            else if (kept.size() < hour.size()) {
                hour.clear();
                hour.addAll(kept);
            }
        }
        for (PastTransaction t : dropped) {
            for (Filing filing : filings(t)) trimBefore(byColumn.get(filing.column()), filing.key(), from);
        }
        return dropped;
    }

    /** Cuts the rows of one key that occurred before {@code from} (the oldest are last); a key left empty goes. */
    private static void trimBefore(ConcurrentHashMap<String, PastTransaction[]> column, String key, Instant from) {
        PastTransaction[] rows = column.get(key);
        if (rows == null) return;
        int keep = rows.length;
        while (keep > 0 && rows[keep - 1].getOccurredAt().isBefore(from)) keep--;
        if (keep == rows.length) return;
        if (keep == 0) column.remove(key);
        else column.put(key, Arrays.copyOf(rows, keep));
    }

    private void listByHour(PastTransaction t) {
        byHour.computeIfAbsent(hourOf(t.getOccurredAt()), h -> new ArrayList<>()).add(t);
    }

    private static long hourOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), BUCKET_SECONDS);
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
