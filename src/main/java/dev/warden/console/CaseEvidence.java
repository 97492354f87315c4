package dev.warden.console;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.warden.review.AlertView;

/**
 * A case's decisions as the case page shows them: each alert with its findings in the order the decision stored
 * them (the index the evidence fragments are addressed by), each finding's evidence as terms and values.
 */
final class CaseEvidence {
    private CaseEvidence() {
    }

    /** One term of a definition list. */
    public record Term(String term, String value) {
    }

    /** A finding; {@code fragment} is the evidence view the graph fragments draw for it (path, match), or null. */
    public record FindingView(int index, String ruleId, String category, String severity, int score, String message,
            List<Term> evidence, String fragment) {
    }

    /** An alert of the case with its findings. */
    public record DecisionView(AlertView alert, List<FindingView> findings) {
        public String fragmentUrl(FindingView finding) {
            return "/console/fragments/decisions/" + alert.decisionId() + "/findings/" + finding.index() + "/"
                    + finding.fragment();
        }
    }

    static List<DecisionView> of(List<AlertView> alerts) {
        return alerts.stream().map(a -> new DecisionView(a, findings(a))).toList();
    }

    private static List<FindingView> findings(AlertView alert) {
        List<FindingView> found = new ArrayList<>();
        if (alert.findings() == null || !alert.findings().isArray()) return found;
        int index = 0;
        for (JsonNode f : alert.findings()) {
            String category = f.path("category").asText("");
            String fragment = alert.decisionId() == null ? null
                    : category.equals("LAYERING") ? "path" : category.equals("SANCTIONS") ? "match" : null;
            found.add(new FindingView(index++, f.path("ruleId").asText(""), category, f.path("severity").asText(""),
                    f.path("score").asInt(), f.path("message").asText(""), terms(f.path("evidence")), fragment));
        }
        return found;
    }

    static List<Term> terms(JsonNode evidence) {
        List<Term> terms = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = evidence.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            terms.add(new Term(field.getKey(), text(field.getValue())));
        }
        return terms;
    }

    /** Scalars as themselves, a list of scalars joined by commas, anything deeper as compact JSON. */
    private static String text(JsonNode value) {
        if (value.isValueNode()) return value.asText();
        if (value.isArray()) {
            boolean flat = true;
            for (JsonNode item : value) flat &= item.isValueNode();
            if (flat) {
                List<String> items = new ArrayList<>();
                for (JsonNode item : value) items.add(item.asText());
                return String.join(", ", items);
            }
        }
        return value.toString();
    }
}
