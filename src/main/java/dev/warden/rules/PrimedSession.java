package dev.warden.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import dev.warden.facts.Finding;
import dev.warden.facts.Findings;
import dev.warden.facts.ReferenceLists;

/**
 * A session of one rule set in the state every decision starts from: the rules have fired once with no facts of
 * a decision, so rules without conditions (the threshold rows of the decision tables) have inserted what they
 * insert. That state is the session's <em>baseline</em>. A decision inserts its facts and fires; {@link #clear()}
 * then deletes every fact that is not part of the baseline, which leaves the node memories of the network laid out
 * for the next decision instead of building or resetting them.
 *
 * <p>Used by one decision at a time ({@link RuleSessions} lends it).
 */
final class PrimedSession {
    private final KieSession session;
    private final boolean hasFindings;
    private final Set<FactHandle> baseline;
    private final List<Finding> primingFindings;
    private final List<String> primingRules;
    private volatile boolean baselineChanged;
    private AgendaEventListener firingListener;

    private PrimedSession(KieSession session, boolean hasFindings, Set<FactHandle> baseline,
            List<Finding> primingFindings, List<String> primingRules) {
        this.session = session;
        this.hasFindings = hasFindings;
        this.baseline = baseline;
        this.primingFindings = primingFindings;
        this.primingRules = primingRules;
    }

    /** Fires {@code session}'s rules with no decision facts and remembers the facts that leaves as the baseline. */
    static PrimedSession prime(KieSession session, ReferenceLists lists, Set<String> globals) {
        boolean hasFindings = globals.contains("findings");
        Findings findings = new Findings();
        if (hasFindings) session.setGlobal("findings", findings);
        if (globals.contains("lists")) session.setGlobal("lists", lists);
        List<String> fired = new ArrayList<>();
        AgendaEventListener counting = firedInto(fired);
        session.addEventListener(counting);
        RuleEvaluator.fireAll(session);
        session.removeEventListener(counting);
        Set<FactHandle> baseline = Collections.newSetFromMap(new IdentityHashMap<>());
        baseline.addAll(session.getFactHandles());
        PrimedSession primed = new PrimedSession(session, hasFindings, baseline, List.copyOf(findings.all()),
                List.copyOf(fired));
        session.addEventListener(primed.new BaselineWatch());
        return primed;
    }

    KieSession session() {
        return session;
    }

    /** A new findings list for a decision, holding what the baseline raised. */
    Findings newFindings() {
        Findings findings = new Findings(primingFindings);
        if (hasFindings) session.setGlobal("findings", findings);
        return findings;
    }

    /** Tells {@code firedRules} every rule that fires in this decision, including those that built the baseline. */
    void reportFiringsTo(Set<String> firedRules) {
        firedRules.addAll(primingRules);
        firingListener = firedInto(firedRules);
        session.addEventListener(firingListener);
    }

    /**
     * Deletes the last decision's facts and tells whether the session is back at its baseline. It is not when a
     * rule changed or deleted a baseline fact, when deleting the facts made rules fire (a rule on the absence of a
     * fact), or when deleting failed; such a session must be thrown away, not lent again.
     */
    boolean clear() {
        if (firingListener != null) {
            session.removeEventListener(firingListener);
            firingListener = null;
        }
        try {
            for (FactHandle handle : new ArrayList<>(session.<FactHandle>getFactHandles())) {
                if (!baseline.contains(handle)) session.delete(handle);
            }
            // Nothing of the decision stays reachable from the session, and anything fired now raises nowhere.
            if (hasFindings) session.setGlobal("findings", new Findings());
            int firedOnDelete = session.fireAllRules(RuleEvaluator.MAX_FIRINGS);
            return firedOnDelete == 0 && !baselineChanged && session.getFactCount() == baseline.size();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Drops the session: back to the rule set's reset pool, without this session's listeners. */
    void discard() {
        new ArrayList<>(session.getRuleRuntimeEventListeners()).forEach(session::removeEventListener);
        new ArrayList<>(session.getAgendaEventListeners()).forEach(session::removeEventListener);
        session.dispose();
    }

    private static AgendaEventListener firedInto(java.util.Collection<String> names) {
        return new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                names.add(event.getMatch().getRule().getName());
            }
        };
    }

    /** Notices a decision's rules changing a baseline fact, which the next decision must not see. */
    private final class BaselineWatch extends DefaultRuleRuntimeEventListener {
        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            if (baseline.contains(event.getFactHandle())) baselineChanged = true;
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            if (baseline.contains(event.getFactHandle())) baselineChanged = true;
        }
    }
}
