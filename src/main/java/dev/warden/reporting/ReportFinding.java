package dev.warden.reporting;

import dev.warden.facts.Category;
import dev.warden.facts.Severity;

/** A rule's finding that supports the report: the rule's id, its category and severity, and why it matched. */
public record ReportFinding(String ruleId, Category category, Severity severity, String reason) {
}
