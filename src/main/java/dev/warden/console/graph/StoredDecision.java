package dev.warden.console.graph;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** A recorded decision as the evidence views read it: the request as sent, and the findings as answered. */
public record StoredDecision(UUID decisionId, String transactionId, Instant occurredAt, JsonNode request,
        List<JsonNode> findings) {

    /** The finding at a 0-based index of the stored findings, if there is one. */
    public Optional<JsonNode> finding(int index) {
        return index >= 0 && index < findings.size() ? Optional.of(findings.get(index)) : Optional.empty();
    }
}
