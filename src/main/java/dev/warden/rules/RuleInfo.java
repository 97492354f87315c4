package dev.warden.rules;

import dev.warden.facts.Category;
import dev.warden.facts.Severity;

/** What the catalogue says of one compiled rule. The name is the rule's stable id. */
public record RuleInfo(String id, Category category, Severity severity, String description, String file) {
}
