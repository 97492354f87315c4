package dev.warden.console.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** One line of a before/after comparison: an outcome or a rule, and its count on each side. */
public record Tally(String name, long before, long after) {

    public boolean changed() {
        return before != after;
    }

    /** Every name either side counts, in name order, zero where a side does not count it. */
    static <K> List<Tally> compare(Map<K, Long> before, Map<K, Long> after) {
        TreeSet<String> names = new TreeSet<>();
        before.keySet().forEach(k -> names.add(String.valueOf(k)));
        after.keySet().forEach(k -> names.add(String.valueOf(k)));
        List<Tally> rows = new ArrayList<>();
        for (String name : names) rows.add(new Tally(name, count(before, name), count(after, name)));
        return rows;
    }

    private static <K> long count(Map<K, Long> counts, String name) {
        return counts.entrySet().stream().filter(e -> String.valueOf(e.getKey()).equals(name))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
