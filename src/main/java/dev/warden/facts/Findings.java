package dev.warden.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.kie.api.runtime.rule.RuleContext;

/**
 * The {@code findings} global: where rules put what they conclude. Category and severity come from the rule's
 * {@code @category} and {@code @severity} metadata, so a rule cannot contradict its own declaration by mistake.
 * The list only grows: a finding once raised counts toward the outcome even if a rule later deletes the fact, so
 * no later rule can lower a decision.
 */
public final class Findings {
    private final List<Finding> raised;

    public Findings() {
        this(List.of());
    }

    /**
     * A decision's findings that start with {@code alreadyRaised}: those that rules without conditions raised
     * when its session was prepared, before any transaction (their Finding facts are still in the session).
     */
    public Findings(List<Finding> alreadyRaised) {
        raised = new ArrayList<>(alreadyRaised);
    }

    /** Raises a finding at the rule's declared severity. */
    public void raise(RuleContext kcontext, int score, String message, Map<String, Object> evidence) {
        raise(kcontext, null, score, message, evidence);
    }

    public void raise(RuleContext kcontext, int score, String message) {
        raise(kcontext, null, score, message, Map.of());
    }

    /**
     * Raises a finding at an explicit severity, for rules whose severity depends on the data (for example a
     * name match that blocks on one list and asks for review on another).
     */
    public void raise(RuleContext kcontext, Severity severity, int score, String message,
            Map<String, Object> evidence) {
        var rule = kcontext.getRule();
        Map<String, Object> meta = rule.getMetaData();
        Severity declared = Severity.valueOf(String.valueOf(meta.get("severity")));
        Finding finding = new Finding(rule.getName(), Category.valueOf(String.valueOf(meta.get("category"))),
                severity == null ? declared : severity, score, message, evidence);
        raised.add(finding);
        kcontext.getKieRuntime().insert(finding);
    }

    public List<Finding> all() {
        return Collections.unmodifiableList(raised);
    }
}
