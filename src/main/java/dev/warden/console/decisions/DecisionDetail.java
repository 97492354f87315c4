package dev.warden.console.decisions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import dev.warden.decision.DecisionRecord;
import dev.warden.engine.DecisionRequest;
import dev.warden.review.AlertView;

/**
 * One recorded decision as its page shows it: the request that was decided, the answer as it was given (outcome,
 * score, findings, rule-set and list versions) and, for a REVIEW or BLOCK decision, its review ({@code null} when
 * it opened no alert).
 */
public record DecisionDetail(UUID decisionId, String transactionId, String outcome, int riskScore,
        String ruleSetVersion, Map<String, String> watchlists, Instant decidedAt, boolean recorded,
        DecisionRequest request, List<FindingView> findings, AlertView review) {

    static DecisionDetail of(DecisionRecord record, JsonNode response, DecisionRequest request, AlertView review) {
        List<FindingView> findings = new ArrayList<>();
        response.path("findings").forEach(f -> findings.add(FindingView.of(f)));
        Map<String, String> watchlists = new TreeMap<>();
        response.path("watchlists").properties().forEach(e -> watchlists.put(e.getKey(), e.getValue().asText()));
        return new DecisionDetail(record.decisionId, record.transactionId, record.outcome,
                response.path("riskScore").asInt(), response.path("ruleSetVersion").asText(), watchlists,
                record.decidedAt, response.path("recorded").asBoolean(true), request, findings, review);
    }
}
