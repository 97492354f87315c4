package dev.warden.rules;

import java.util.ArrayList;
import java.util.List;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Refuses patterns over {@code PastTransaction} that look for rows in working memory: a decision's past
 * transactions are never inserted as facts, only held by its {@code History} fact, so such a pattern would never
 * match and its rule would stay silent without anyone noticing.
 */
final class HistoryPatterns {
    private static final String ROW_TYPE = "PastTransaction";

    private HistoryPatterns() {
    }

    static List<RuleDiagnostic> outsideHistory(List<ParsedRuleFile> ruleFiles) {
        List<RuleDiagnostic> diagnostics = new ArrayList<>();
        for (ParsedRuleFile file : ruleFiles) {
            for (RuleDescr rule : file.rules()) {
                java.util.Set<PatternDescr> found = new java.util.LinkedHashSet<>();
                collect(rule.getLhs(), found);
                for (PatternDescr pattern : found) {
                    diagnostics.add(new RuleDiagnostic(file.path(), file.line(pattern.getLine()), "rule "
                            + rule.getName() + " matches " + ROW_TYPE + " facts, and none are inserted: read the rows"
                            + " from the decision's History, e.g. $h : History() and " + ROW_TYPE
                            + "(...) from $h.sentBy($account) (rules/README.md, History)"));
                }
            }
        }
        return diagnostics;
    }

    private static void collect(BaseDescr descr, java.util.Set<PatternDescr> found) {
        if (descr instanceof PatternDescr pattern) {
            boolean rowType = pattern.getObjectType() != null
                    && (pattern.getObjectType().equals(ROW_TYPE) || pattern.getObjectType().endsWith("." + ROW_TYPE));
            boolean fromWorkingMemory = pattern.getSource() == null || pattern.getSource() instanceof EntryPointDescr;
            if (rowType && fromWorkingMemory) found.add(pattern);
            if (pattern.getSource() != null) collect(pattern.getSource(), found);
        }
        if (descr instanceof CollectDescr collect) collect(collect.getInputPattern(), found);
        if (descr instanceof AccumulateDescr accumulate) collect(accumulate.getInput(), found);
        if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> collect(child, found));
        }
    }
}
