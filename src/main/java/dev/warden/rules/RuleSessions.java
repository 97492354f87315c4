package dev.warden.rules;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.KeepReferenceOption;
import org.kie.api.runtime.conf.ThreadSafeOption;

import dev.warden.facts.ReferenceLists;

/**
 * The sessions one rule set lends to decisions. A session comes back {@link PrimedSession#clear() cleared} to its
 * baseline and is lent again as it is; one that cannot be cleared goes to a Drools pool that resets it, and is
 * primed again when next needed. Clearing 10-30 facts costs a fraction of resetting every node memory of the
 * network (docs/throughput.md, "What each change bought").
 *
 * <p>Keeping a session is only sound where a session carries nothing from one firing to the next besides its
 * facts. Agenda, ruleflow and activation groups, lock-on-active, timers, calendars, effective dates, stream mode
 * and named entry points all keep such state, so a rule set that uses any of them has every session reset instead
 * ({@link #keeps()} is false), as before sessions were kept.
 *
 * <p>At most {@value #IDLE} cleared sessions wait between decisions; more decisions at once take sessions from the
 * reset pool, and those beyond the limit go back there.
 */
public final class RuleSessions {
    static final int IDLE = 64;
    /**
     * A session serves one decision on one thread at a time: it needs neither the locks of a session that other
     * threads may insert into (its propagation list unsynchronised) nor a place in the rule base's list of live
     * sessions (which every session would otherwise join and leave under the rule base's lock).
     */
    private static final KieSessionConfiguration ONE_THREAD = oneThread();

    private final KieSessionsPool resetting;
    private final ReferenceLists lists;
    private final Set<String> globals;
    private final boolean keeps;
    private final BlockingQueue<PrimedSession> idle = new ArrayBlockingQueue<>(IDLE);

    RuleSessions(KieBase kieBase, ReferenceLists lists, Set<String> globals) {
        this(kieBase.newKieSessionsPool(0), lists, globals, keepable(kieBase));
    }

    RuleSessions(KieSessionsPool resetting, ReferenceLists lists, Set<String> globals, boolean keeps) {
        this.resetting = resetting;
        this.lists = lists;
        this.globals = globals;
        this.keeps = keeps;
    }

    /** Whether sessions are cleared and kept between decisions, rather than reset. */
    public boolean keeps() {
        return keeps;
    }

    /** A session at its baseline, for one decision; hand it back with {@link #giveBack}. */
    PrimedSession lend() {
        PrimedSession kept = idle.poll();
        return kept != null ? kept : PrimedSession.prime(resetting.newKieSession(ONE_THREAD), lists, globals);
    }

    /**
     * Takes a session back after its decision. {@code completed} is false when the decision's rules threw: such a
     * session may be mid-propagation and is never kept.
     */
    void giveBack(PrimedSession session, boolean completed) {
        if (!(keeps && completed && session.clear() && idle.offer(session))) session.discard();
    }

    private static boolean keepable(KieBase kieBase) {
        if (kieBase.getEntryPointIds().size() > 1) return false;
        if (kieBase instanceof org.drools.base.RuleBase base
                && base.getConfiguration().getOption(EventProcessingOption.KEY) == EventProcessingOption.STREAM) {
            return false;
        }
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (!(rule instanceof RuleImpl r) || !r.isMainAgendaGroup() || r.getActivationGroup() != null
                        || (r.getRuleFlowGroup() != null && !r.getRuleFlowGroup().isEmpty())
                        || r.isLockOnActive() || r.getTimer() != null || r.hasCalendars()
                        || r.getDateEffective() != null || r.getDateExpires() != null) {
                    return false;
                }
            }
        }
        return true;
    }

    private static KieSessionConfiguration oneThread() {
        KieSessionConfiguration configuration = KieServices.get().newKieSessionConfiguration();
        configuration.setOption(ThreadSafeOption.NO);
        configuration.setOption(KeepReferenceOption.NO);
        return configuration;
    }
}
