package dev.warden.replay;

import java.util.List;
import java.util.UUID;

import dev.warden.engine.Outcome;
import dev.warden.facts.Finding;

/** A recorded decision and its re-decision, side by side. Nothing of it is recorded. */
public record ReplayResult(UUID decisionId, String transactionId, String ruleSet, Answer recorded, Answer replayed,
        boolean same, List<String> rulesAdded, List<String> rulesRemoved) {

    /** One answer: its outcome, the rule set version that gave it and the rules that fired. */
    public record Answer(Outcome outcome, String ruleSetVersion, List<String> rules, List<Finding> findings) {
    }
}
