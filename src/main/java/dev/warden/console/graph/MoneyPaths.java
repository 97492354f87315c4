package dev.warden.console.graph;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import dev.warden.console.graph.PathEvidence.Plan;

/** The money path of one finding of a recorded decision: evidence to plan, stored transfers, graph, drawing. */
@ApplicationScoped
public class MoneyPaths {
    private final StoredDecisions decisions;
    private final TransferReads transfers;

    public MoneyPaths(StoredDecisions decisions, TransferReads transfers) {
        this.decisions = decisions;
        this.transfers = transfers;
    }

    public MoneyPath of(UUID decisionId, int index) {
        StoredDecision decision = decisions.byId(decisionId)
                .orElseThrow(() -> new EvidenceNotFoundException("No such decision."));
        JsonNode finding = decision.finding(index)
                .orElseThrow(() -> new EvidenceNotFoundException("The decision has no finding " + index + "."));
        Plan plan = PathEvidence.plan(finding)
                .orElseThrow(() -> new EvidenceNotFoundException("This finding names no path of transfers."));
        Instant to = decision.occurredAt();
        Instant from = plan.window() == null ? to : to.minus(plan.window());
        TransferReads.Read read = transfers.read(plan.transactionIds(), decision.transactionId(), plan.windowAccounts(),
                from, to);
        MoneyGraph graph = PathEvidence.graph(plan, read.transfers());
        if (graph.edges().isEmpty()) throw new EvidenceNotFoundException("No stored transfers for this finding.");
        String title = plan.describe();
        String svg = PathSvg.write(graph, PathLayout.place(graph), title, idPrefix(decisionId, index));
        return new MoneyPath(finding.path("ruleId").asText(), finding.path("message").asText(), title, svg,
                graph.transfers().stream().map(MoneyPath.Row::of).toList(), read.truncated());
    }

    /** Unique per decision and finding, so that a case page with several drawings keeps their ids apart. */
    static String idPrefix(UUID decisionId, int index) {
        return "mp-" + decisionId.toString().substring(0, 8) + "-" + index;
    }
}
