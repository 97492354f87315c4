package dev.warden.rules;

import java.util.List;
import java.util.Set;

import org.kie.api.runtime.KieSession;

import dev.warden.facts.Finding;
import dev.warden.facts.Findings;
import dev.warden.facts.History;

/**
 * Runs one decision's facts through a compiled rule set and returns what the rules raised. The session is the rule
 * set's to lend ({@link CompiledRuleSet#sessions()}): it starts at the state the rules reach with no facts of a
 * decision (the thresholds the decision tables insert), serves this one call, and goes back with nothing of this
 * decision's facts, globals or listeners left in it. The compiled set itself is shared and never touched.
 */
public final class RuleEvaluator {
    /** A rule set that fires more often than this on one transaction has a loop; stop rather than hang. */
    static final int MAX_FIRINGS = 10_000;

    public List<Finding> evaluate(CompiledRuleSet ruleSet, DecisionFacts facts) {
        return evaluate(ruleSet, facts, null);
    }

    /**
     * As {@link #evaluate(CompiledRuleSet, DecisionFacts)}, in {@link Finding#MOST_SEVERE_FIRST} order, and tells
     * {@code firedRules} the id of every rule that fired, including rules that raise nothing (such as decision-table rows that supply thresholds):
     * scenario coverage counts those too.
     */
    public List<Finding> evaluate(CompiledRuleSet ruleSet, DecisionFacts facts, Set<String> firedRules) {
        RuleSessions sessions = ruleSet.sessions();
        PrimedSession primed = sessions.lend();
        boolean completed = false;
        try {
            Findings findings = primed.newFindings();
            if (firedRules != null) primed.reportFiringsTo(firedRules);
            KieSession session = primed.session();
            session.insert(facts.transaction());
            session.insert(facts.transaction().getOriginator());
            session.insert(facts.transaction().getBeneficiary());
            session.insert(new History(facts.history()));
            facts.hits().forEach(session::insert);
            fireAll(session);
            completed = true;
            return findings.all().stream().sorted(Finding.MOST_SEVERE_FIRST).toList();
        } finally {
            sessions.giveBack(primed, completed);
        }
    }

    /** Fires until the agenda is empty, or fails when that takes so many firings that a rule must loop. */
    static void fireAll(KieSession session) {
        int fired = session.fireAllRules(MAX_FIRINGS);
        if (fired >= MAX_FIRINGS) {
            throw new IllegalStateException("rules fired " + fired + " times on one transaction; a rule loops");
        }
    }
}
