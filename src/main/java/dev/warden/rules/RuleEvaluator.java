package dev.warden.rules;

import java.util.List;

import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.KeepReferenceOption;
import org.kie.api.runtime.conf.ThreadSafeOption;

import dev.warden.facts.Finding;
import dev.warden.facts.Findings;
import dev.warden.facts.History;

/**
 * Runs one decision's facts through a compiled rule set and returns what the rules raised. The session is the rule
 * set's to lend ({@link CompiledRuleSet#sessions()}): it serves this one call and goes back reset, with no facts,
 * globals or listeners of this decision left in it. The compiled set itself is shared and never touched.
 */
public final class RuleEvaluator {
    /** A rule set that fires more often than this on one transaction has a loop; stop rather than hang. */
    static final int MAX_FIRINGS = 10_000;
    /**
     * A session serves one decision on one thread at a time: it needs neither the locks of a session
     * that other threads may insert into (its propagation list unsynchronised) nor a place in the rule base's list of
     * live sessions (which every session would otherwise join and leave under the rule base's lock).
     */
    private static final KieSessionConfiguration ONE_THREAD = oneThread();

    public List<Finding> evaluate(CompiledRuleSet ruleSet, DecisionFacts facts) {
        return evaluate(ruleSet, facts, null);
    }

    /**
     * As {@link #evaluate(CompiledRuleSet, DecisionFacts)}, and tells {@code firedRules} the id of every rule
     * that fired, including rules that raise nothing (such as decision-table rows that supply thresholds):
     * scenario coverage counts those too.
     */
    public List<Finding> evaluate(CompiledRuleSet ruleSet, DecisionFacts facts, java.util.Set<String> firedRules) {
        Findings findings = new Findings();
        KieSession session = ruleSet.sessions().newKieSession(ONE_THREAD);
        if (firedRules != null) {
            session.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                    firedRules.add(event.getMatch().getRule().getName());
                }
            });
        }
        try {
            if (ruleSet.globals().contains("findings")) session.setGlobal("findings", findings);
            if (ruleSet.globals().contains("lists")) session.setGlobal("lists", ruleSet.lists());
            session.insert(facts.transaction());
            session.insert(facts.transaction().getOriginator());
            session.insert(facts.transaction().getBeneficiary());
            session.insert(new History(facts.history()));
            facts.hits().forEach(session::insert);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("rules fired " + fired + " times on one transaction; a rule loops");
            }
        } finally {
            // A pooled session's dispose resets it and returns it to the pool, also after a rule threw.
            session.dispose();
        }
        return findings.all();
    }

    private static KieSessionConfiguration oneThread() {
        KieSessionConfiguration configuration = KieServices.get().newKieSessionConfiguration();
        configuration.setOption(ThreadSafeOption.NO);
        configuration.setOption(KeepReferenceOption.NO);
        return configuration;
    }
}
