package dev.warden.replay;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import dev.warden.engine.Outcome;
import dev.warden.facts.Finding;

/**
 * Two answers to the same transaction side by side: outcome and fired rules before and after, and which rules
 * the second added or lost. Replay, backtest and shadow mode all compare this way.
 */
public record Comparison(Outcome before, Outcome after, List<String> rulesBefore, List<String> rulesAfter,
        List<String> rulesAdded, List<String> rulesRemoved) {

    public static Comparison of(Outcome before, Collection<String> rulesBefore, Outcome after,
            Collection<String> rulesAfter) {
        TreeSet<String> added = new TreeSet<>(rulesAfter);
        added.removeAll(rulesBefore);
        TreeSet<String> removed = new TreeSet<>(rulesBefore);
        removed.removeAll(rulesAfter);
        return new Comparison(before, after, List.copyOf(new TreeSet<>(rulesBefore)),
                List.copyOf(new TreeSet<>(rulesAfter)), List.copyOf(added), List.copyOf(removed));
    }

    /** The distinct ids of the rules that raised the findings. */
    public static List<String> ruleIds(Collection<Finding> findings) {
        return List.copyOf(new TreeSet<>(findings.stream().map(Finding::getRuleId).toList()));
    }

    /** Same outcome and the same rules fired. */
    public boolean same() {
        return before == after && rulesAdded.isEmpty() && rulesRemoved.isEmpty();
    }
}
