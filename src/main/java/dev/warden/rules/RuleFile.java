package dev.warden.rules;

import java.nio.charset.StandardCharsets;

/** One file of a rule set, by its path relative to the rules folder (always with forward slashes). */
public record RuleFile(String path, byte[] content) {

    public enum Kind { DRL, DECISION_TABLE_CSV, DECISION_TABLE_XLSX, REFERENCE_LIST, SCENARIO, OTHER }

    public Kind kind() {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".drl")) return Kind.DRL;
        if (lower.endsWith(".drl.csv")) return Kind.DECISION_TABLE_CSV;
        if (lower.endsWith(".drl.xlsx")) return Kind.DECISION_TABLE_XLSX;
        if (lower.startsWith("lists/") && lower.endsWith(".csv")) return Kind.REFERENCE_LIST;
        if (lower.startsWith("tests/") && (lower.endsWith(".yaml") || lower.endsWith(".yml"))) return Kind.SCENARIO;
        return Kind.OTHER;
    }

    public boolean compilesToRules() {
        Kind kind = kind();
        return kind == Kind.DRL || kind == Kind.DECISION_TABLE_CSV || kind == Kind.DECISION_TABLE_XLSX;
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
