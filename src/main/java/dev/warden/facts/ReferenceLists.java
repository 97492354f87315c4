package dev.warden.facts;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.kie.api.runtime.rule.RuleContext;

/**
 * The {@code lists} global: the reference lists in {@code rules/lists/*.csv}, by file name without extension.
 * Values compare without regard to case or surrounding spaces. Asking for a list that does not exist is an error,
 * so a typo in a rule fails its scenario test instead of silently matching nothing.
 */
public final class ReferenceLists {
    private final Map<String, ReferenceList> byName;

    public ReferenceLists(Map<String, ReferenceList> byName) {
        this.byName = Map.copyOf(byName);
    }

    public static ReferenceLists empty() {
        return new ReferenceLists(Map.of());
    }

    /** True when the named list holds the value. A null value is in no list. */
    public boolean contains(String list, String value) {
        return value != null && get(list).values().contains(normalise(value));
    }

    public ReferenceList get(String list) {
        ReferenceList found = byName.get(list);
        if (found == null) {
            throw new IllegalArgumentException("No reference list named '" + list + "' in rules/lists; known: "
                    + new TreeSet<>(byName.keySet()));
        }
        return found;
    }

    public Set<String> names() {
        return new TreeSet<>(byName.keySet());
    }

    /** The list that holds the finding score of each rule written in DRL (table rules carry theirs in a column). */
    public static final String RULE_SCORES = "rule-scores";

    /**
     * The finding score of the rule that is firing, from {@code lists/rule-scores.csv}, so that officers tune a
     * score in one place rather than in the rule's code. A rule without a row stops with a message naming the
     * rule and the file; {@code RuleScoresTest} keeps every shipped rule covered.
     */
    public int score(RuleContext kcontext) {
        String rule = kcontext.getRule().getName();
        ReferenceList scores = byName.get(RULE_SCORES);
        String value = scores == null ? null : scores.attribute(rule, "score");
        if (value == null) {
            throw new IllegalStateException("lists/" + RULE_SCORES + ".csv has no score for rule " + rule);
        }
        return Integer.parseInt(value.strip());
    }

    public static String normalise(String value) {
        return value.trim().toUpperCase(Locale.ROOT);
    }

    /** One list: its values (normalised), and the source and date its header names. */
    public record ReferenceList(String name, String source, String asOf, Set<String> values,
            Map<String, Map<String, String>> attributes) {
        /** Further columns of a value's row, by column name (for example a rate or a note). */
        public String attribute(String value, String column) {
            Map<String, String> row = attributes.get(normalise(value));
            return row == null ? null : row.get(column);
        }
    }
}
