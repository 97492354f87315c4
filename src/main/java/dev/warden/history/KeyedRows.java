package dev.warden.history;

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
 * key's rows as they stand and never see them change: a writer replaces them (copy on write), one key at a time.
 * Writers take turns (the mirror's lock).
 *
 * <p>Each key's rows carry their times beside them in a plain array ({@link Run}): finding where a window starts and
 * ends is a binary search over that array. Over the row objects themselves it read a row and its Instant at every
 * step, each from wherever the heap put them (a million rows held: most of those reads missed the CPU's caches, and
 * a profile of the loaded service put the search at a tenth of its samples).
 */
final class KeyedRows {
    private static final PastTransaction[] NONE = new PastTransaction[0];
    private final Map<WindowSelection.Column, ConcurrentHashMap<String, Run>> byColumn;

    /**
     * One key's rows, newest first, and beside each its occurredAt in whole microseconds since the epoch (rounded
     * down; saturated far outside any real date). Equal microseconds are told apart by the rows' own times.
     */
    private static final class Run {
        final PastTransaction[] rows;
        final long[] micros;

        Run(PastTransaction[] rows) {
            this.rows = rows;
            this.micros = new long[rows.length];
            for (int i = 0; i < rows.length; i++) micros[i] = micros(rows[i].getOccurredAt());
        }

        /** The index of the first row (newest first) that did not occur after {@code to}. */
        int firstNotAfter(Instant to) {
            long bound = micros(to);
            int low = 0;
            int high = rows.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                long at = micros[middle];
                boolean after = at != bound ? at > bound : rows[middle].getOccurredAt().isAfter(to);
                if (after) low = middle + 1;
                else high = middle;
            }
            return low;
        }

        /** The index of the first row (newest first) that occurred before {@code from}. */
        int firstBefore(Instant from) {
            long bound = micros(from);
            int low = 0;
            int high = rows.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                long at = micros[middle];
                boolean before = at != bound ? at < bound : rows[middle].getOccurredAt().isBefore(from);
                if (before) high = middle;
                else low = middle + 1;
            }
            return low;
        }
    }

    /**
     * {@code at} in whole microseconds since the epoch, rounded down: a row that compares greater (or smaller) than a
     * bound's microseconds is after (or before) the bound itself; an equal one needs its own time. Saturates instead
     * of overflowing (PostgreSQL's range reaches the edge of a long's microseconds).
     */
    static long micros(Instant at) {
        long seconds = at.getEpochSecond();
        if (seconds > Long.MAX_VALUE / 1_000_000 - 1) return Long.MAX_VALUE;
        if (seconds < Long.MIN_VALUE / 1_000_000 + 1) return Long.MIN_VALUE;
        return seconds * 1_000_000 + at.getNano() / 1_000;
    }

    /** Where a row is filed: a key column and its value. */
    private record Filing(WindowSelection.Column column, String key) {
    }

    private KeyedRows(Map<WindowSelection.Column, ConcurrentHashMap<String, Run>> byColumn) {
        this.byColumn = byColumn;
    }

    /** {@code newestFirst} filed under their keys. */
    static KeyedRows of(List<PastTransaction> newestFirst) {
        Map<Filing, List<PastTransaction>> lists = byFiling(newestFirst);
        Map<WindowSelection.Column, ConcurrentHashMap<String, Run>> byColumn =
                new EnumMap<>(WindowSelection.Column.class);
        for (WindowSelection.Column column : WindowSelection.Column.values()) {
            byColumn.put(column, new ConcurrentHashMap<>());
        }
        lists.forEach((filing, rows) -> byColumn.get(filing.column()).put(filing.key(), new Run(rows.toArray(NONE))));
        return new KeyedRows(byColumn);
    }

    /** The rows with {@code value} in {@code column} that occurred in [from, to], newest first: a view that stays. */
    List<PastTransaction> newestFirst(WindowSelection.Column column, String value, Instant from, Instant to) {
        Run run = byColumn.get(column).get(value);
        if (run == null) return List.of();
        int first = run.firstNotAfter(to);
        int end = Math.max(first, run.firstBefore(from));
        return Collections.unmodifiableList(Arrays.asList(run.rows).subList(first, end));
    }

    /**
     * Files {@code rows} under their keys; a row already filed (same occurredAt and transactionId) is skipped. Returns
     * how many rows were new.
     */
    long add(List<PastTransaction> rows) {
        Map<Filing, List<PastTransaction>> grouped = byFiling(rows);
        long[] added = {0};
        grouped.forEach((filing, filed) -> byColumn.get(filing.column()).compute(filing.key(), (k, run) -> {
            PastTransaction[] held = run == null ? NONE : run.rows;
            List<PastTransaction> all = new ArrayList<>(held.length + filed.size());
            all.addAll(Arrays.asList(held));
            for (PastTransaction t : filed) {
                int at = Collections.binarySearch(all, t, WindowSelection.NEWEST_FIRST);
                if (at >= 0) continue;
                all.add(-at - 1, t);
                if (filing.equals(filings(t).get(0))) added[0]++;
            }
            return new Run(all.toArray(NONE));
        }));
        return added[0];
    }

    /** Drops every row that occurred before {@code from}; returns how many rows went. */
    long dropBefore(Instant from) {
        long dropped = 0;
        for (var column : byColumn.entrySet()) {
            for (Map.Entry<String, Run> entry : column.getValue().entrySet()) {
                PastTransaction[] rows = entry.getValue().rows;
                int keep = entry.getValue().firstBefore(from);
                if (keep == rows.length) continue;
                if (keep == 0) column.getValue().remove(entry.getKey());
                else entry.setValue(new Run(Arrays.copyOf(rows, keep)));
                Filing filing = new Filing(column.getKey(), entry.getKey());
                for (int i = keep; i < rows.length; i++) {
                    if (filing.equals(filings(rows[i]).get(0))) dropped++;
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
