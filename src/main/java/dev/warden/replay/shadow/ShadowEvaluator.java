package dev.warden.replay.shadow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.warden.db.FailureText;
import dev.warden.decision.DecisionRecorded;
import dev.warden.decision.DecisionResponse;
import dev.warden.engine.DecisionEngine;
import dev.warden.engine.Outcome;
import dev.warden.facts.Finding;
import dev.warden.replay.Comparison;
import dev.warden.rules.CompiledRuleSet;
import dev.warden.rules.DecisionFacts;
import dev.warden.rules.RuleDiagnostic;
import dev.warden.rules.RuleEvaluator;
import dev.warden.rules.RuleSources;
import dev.warden.rules.lifecycle.RuleSetValidator;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Shadow mode: a candidate rule set decides every live transaction again, on the very facts the live decision saw
 * (same transaction, history window and screening hits; nothing is loaded twice), and the two answers are
 * compared. The live path only offers its evaluation to a bounded queue, which never blocks and never throws;
 * one worker thread evaluates and records in batches. The candidate must compile under the house rules; its
 * scenarios are not required to pass, since watching how a candidate behaves is why one shadows it.
 */
@ApplicationScoped
public class ShadowEvaluator {
    private static final Logger LOG = Logger.getLogger(ShadowEvaluator.class);
    private static final int BATCH = 100;

    private record Offered(DecisionEngine.Evaluation evaluation, DecisionResponse answer) {
    }

    private final ShadowConfig config;
    private final ShadowStore store;
    private final RuleEvaluator evaluator = new RuleEvaluator();
    private final DroppingQueue<Offered> queue;
    private volatile CompiledRuleSet shadow;
    private volatile String error;
    private volatile Thread worker;

    public ShadowEvaluator(ShadowConfig config, ShadowStore store) {
        this.config = config;
        this.store = store;
        this.queue = new DroppingQueue<>(config.queueCapacity());
    }

    void onStart(@Observes StartupEvent event) {
        String dir = config.rulesDir().filter(d -> !d.isBlank()).orElse(null);
        if (dir == null) return;
        try {
            RuleSetValidator.Validation validation = new RuleSetValidator().validate(RuleSources.readFolder(Path.of(dir)), false);
            if (!validation.valid()) {
                error = "shadow rule set in " + dir + " rejected: " + validation.diagnostics().stream()
                        .map(RuleDiagnostic::toString).toList();
                LOG.error(error);
                return;
            }
            shadow = validation.ruleSet();
        } catch (RuntimeException e) {
            error = "cannot load the shadow rule set from " + dir + ": " + e.getMessage();
            LOG.error(error, e);
            return;
        }
        worker = new Thread(this::work, "shadow-evaluator");
        worker.setDaemon(true);
        worker.start();
        LOG.infof("Shadow mode on: rule set %s from %s evaluates live traffic", shadow.version(), dir);
    }

    void onStop(@Observes ShutdownEvent event) {
        Thread running = worker;
        worker = null;
        if (running != null) running.interrupt();
    }

    /** Called by the live path after a decision is recorded: returns at once, whatever happens. */
    /** Live decisions, offered to a bounded queue that drops when full: shadow mode never slows one down. */
    void onRecorded(@Observes DecisionRecorded recorded) {
        if (shadow == null) return;
        try {
            queue.offer(new Offered(recorded.evaluation(), recorded.response()));
        } catch (RuntimeException e) {
            // Never let shadow mode fail a live decision.
        }
    }

    public ShadowSummary summary() {
        CompiledRuleSet set = shadow;
        if (set == null) return ShadowSummary.off(error);
        Map<String, Long> tallies = store.tallies(set.version());
        Map<String, Long> transitions = new TreeMap<>();
        Map<String, ShadowSummary.RuleCounts> rules = new TreeMap<>();
        tallies.forEach((name, count) -> {
            if (name.startsWith(ShadowStore.TRANSITION)) transitions.put(name.substring(ShadowStore.TRANSITION.length()), count);
            if (name.startsWith(ShadowStore.LIVE)) rules.merge(name.substring(ShadowStore.LIVE.length()),
                    new ShadowSummary.RuleCounts(count, 0), ShadowEvaluator::sum);
            if (name.startsWith(ShadowStore.SHADOW)) rules.merge(name.substring(ShadowStore.SHADOW.length()),
                    new ShadowSummary.RuleCounts(0, count), ShadowEvaluator::sum);
        });
        return new ShadowSummary(true, set.version(), set.origin(), null,
                tallies.getOrDefault(ShadowStore.EVALUATED, 0L), tallies.getOrDefault(ShadowStore.AGREED, 0L),
                tallies.getOrDefault(ShadowStore.DIFFERED, 0L), tallies.getOrDefault(ShadowStore.DROPPED, 0L),
                tallies.getOrDefault(ShadowStore.FAILED, 0L), queue.size(), transitions, rules,
                store.recent(set.version(), config.recentDifferences()));
    }

    private static ShadowSummary.RuleCounts sum(ShadowSummary.RuleCounts a, ShadowSummary.RuleCounts b) {
        return new ShadowSummary.RuleCounts(a.live() + b.live(), a.shadow() + b.shadow());
    }

    private void work() {
        while (worker != null) {
            try {
                // The timeout lets drops reach the tallies even when traffic stops right after a burst.
                List<Offered> batch = queue.take(BATCH, 1_000);
                List<ShadowResult> results = new ArrayList<>(batch.size());
                long failed = 0;
                for (Offered offered : batch) {
                    try {
                        results.add(compare(offered));
                    } catch (RuntimeException e) {
                        failed++;
                        LOG.debugf(e, "Shadow evaluation of %s failed", offered.answer().transactionId());
                    }
                }
                long dropped = queue.takeDropped();
                if (!results.isEmpty() || dropped > 0 || failed > 0) {
                    store.record(shadow.version(), results, dropped, failed);
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                LOG.warnf("Shadow results not recorded: %s", FailureText.describe(e));
            }
        }
    }

    private ShadowResult compare(Offered offered) {
        DecisionEngine.Evaluation live = offered.evaluation();
        List<Finding> findings = evaluator.evaluate(shadow, new DecisionFacts(live.transaction(), live.history(), live.hits()));
        Comparison comparison = Comparison.of(live.outcome(), Comparison.ruleIds(live.findings()), Outcome.of(findings),
                Comparison.ruleIds(findings));
        DecisionResponse answer = offered.answer();
        return new ShadowResult(answer.decisionId(), answer.transactionId(), live.transaction().getOccurredAt(),
                answer.ruleSetVersion(), comparison);
    }
}
