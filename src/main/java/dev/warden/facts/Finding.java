package dev.warden.facts;

import java.util.Map;

/**
 * What a rule concluded. Rules raise findings through the {@code findings} global, which takes category and
 * severity from the rule's metadata; raised findings are also inserted as facts so policy rules can react.
 */
public final class Finding {
    /**
     * The order a decision lists its findings in: most severe first, then highest score, then by rule and message.
     * Firing order is Drools' to choose and changes with what a session held before, so it is not the order.
     */
    public static final java.util.Comparator<Finding> MOST_SEVERE_FIRST = java.util.Comparator
            .comparing(Finding::getSeverity).reversed()
            .thenComparing(Finding::getScore, java.util.Comparator.reverseOrder())
            .thenComparing(Finding::getRuleId)
            .thenComparing(Finding::getMessage);

    private final String ruleId;
    private final Category category;
    private final Severity severity;
    private final int score;
    private final String message;
    private final Map<String, Object> evidence;

    public Finding(String ruleId, Category category, Severity severity, int score, String message,
            Map<String, Object> evidence) {
        this.ruleId = ruleId;
        this.category = category;
        this.severity = severity;
        this.score = Math.max(0, Math.min(100, score));
        this.message = message;
        this.evidence = evidence == null ? Map.of() : evidence;
    }

    public String getRuleId() { return ruleId; }
    public Category getCategory() { return category; }
    public Severity getSeverity() { return severity; }
    public int getScore() { return score; }
    public String getMessage() { return message; }
    public Map<String, Object> getEvidence() { return evidence; }

    @Override
    public String toString() {
        return ruleId + "[" + severity + "," + score + "]: " + message;
    }
}
