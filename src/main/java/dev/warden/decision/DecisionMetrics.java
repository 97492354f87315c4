package dev.warden.decision;

import dev.warden.engine.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import dev.warden.facts.Finding;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What operators watch and what the log says about each decision: latency by outcome, findings by rule, time in
 * enrichment and in the rules. The log line carries ids, outcome and rule ids only — never names, accounts or
 * amounts — so INFO logs hold no personal data.
 */
@ApplicationScoped
public class DecisionMetrics {
    private static final Logger LOG = Logger.getLogger("dev.warden.decision.audit");

    private final MeterRegistry registry;
    private final ConcurrentMap<String, Timer> latencyByOutcome = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Counter> findingsByRule = new ConcurrentHashMap<>();
    private final Timer enrichment;
    private final Timer history;
    private final Timer rules;

    public DecisionMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.enrichment = Timer.builder("warden.decision.enrichment").description("Time to load profiles and history and screen both parties")
                .publishPercentileHistogram().register(registry);
        this.history = Timer.builder("warden.decision.history")
                .description("Part of enrichment: counterparty memory, history window and upstream hops")
                .publishPercentileHistogram().register(registry);
        this.rules = Timer.builder("warden.decision.rules").description("Time in the rule engine")
                .publishPercentileHistogram().register(registry);
    }

    public void decided(String decisionId, String transactionId, Outcome outcome, List<Finding> findings,
            long totalNanos, long enrichNanos, long historyNanos, long rulesNanos) {
        latencyByOutcome.computeIfAbsent(outcome.name(), o -> Timer.builder("warden.decisions")
                .description("Decision latency from request to durable record, by outcome").tag("outcome", o)
                .publishPercentileHistogram().register(registry)).record(Duration.ofNanos(totalNanos));
        enrichment.record(Duration.ofNanos(enrichNanos));
        history.record(Duration.ofNanos(historyNanos));
        rules.record(Duration.ofNanos(rulesNanos));
        for (Finding finding : findings) {
            findingsByRule.computeIfAbsent(finding.getRuleId() + "|" + finding.getSeverity(), k -> Counter
                    .builder("warden.findings").description("Findings raised, by rule and severity")
                    .tag("rule", finding.getRuleId()).tag("severity", finding.getSeverity().name()).register(registry))
                    .increment();
        }
        MDC.put("decisionId", decisionId);
        MDC.put("transactionId", transactionId);
        try {
            if (outcome == Outcome.ALLOW) {
                LOG.debugf("decided %s", outcome);
            } else {
                LOG.infof("decided %s: %s", outcome, findings.stream().map(Finding::getRuleId).distinct().toList());
            }
        } finally {
            MDC.remove("decisionId");
            MDC.remove("transactionId");
        }
    }
}
