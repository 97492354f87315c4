package dev.warden.console.decisions;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** One finding of a recorded decision, read from the stored answer, with its evidence as label and text. */
public record FindingView(String ruleId, String category, String severity, int score, String message,
        List<Evidence> evidence) {

    /** One evidence value: text as it is, anything else (numbers, lists, objects) as its JSON. */
    public record Evidence(String name, String value) {
    }

    static FindingView of(JsonNode finding) {
        List<Evidence> evidence = new ArrayList<>();
        finding.path("evidence").properties().forEach(e -> evidence.add(
                new Evidence(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString())));
        return new FindingView(finding.path("ruleId").asText(), finding.path("category").asText(),
                finding.path("severity").asText(), finding.path("score").asInt(), finding.path("message").asText(),
                evidence);
    }
}
