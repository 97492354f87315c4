package dev.warden.rules;

import java.util.ArrayList;
import java.util.List;

import org.drools.drl.ast.descr.RuleDescr;

import dev.warden.facts.ReferenceLists;
import dev.warden.facts.ReferenceLists.ReferenceList;

/**
 * Every rule that reads its finding score with {@code lists.score(kcontext)} has a row in
 * {@code lists/rule-scores.csv}, and every score there is a whole number from 0 to 100: checked when the folder is
 * compiled, so a missing or mistyped score is refused with the folder instead of failing the decisions that fire
 * the rule.
 */
final class ScoreRows {
    private static final String FILE = "lists/" + ReferenceLists.RULE_SCORES + ".csv";

    private ScoreRows() {
    }

    static List<RuleDiagnostic> check(List<ParsedRuleFile> ruleFiles, ReferenceLists lists) {
        List<RuleDiagnostic> diagnostics = new ArrayList<>();
        ReferenceList scores = lists.names().contains(ReferenceLists.RULE_SCORES) ? lists.get(ReferenceLists.RULE_SCORES) : null;
        if (scores != null) {
            for (String rule : new java.util.TreeSet<>(scores.values())) {
                String score = scores.attribute(rule, "score");
                if (!wholeScore(score)) {
                    diagnostics.add(new RuleDiagnostic(FILE, 0, "the score of " + rule + " must be a whole number from 0"
                            + " to 100" + (score == null ? " (the row has no score column)" : ", not '" + score + "'")));
                }
            }
        }
        for (ParsedRuleFile file : ruleFiles) {
            for (RuleDescr rule : file.rules()) {
                String consequence = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
                if (consequence.contains("lists.score(") && (scores == null || !scores.values().contains(ReferenceLists.normalise(rule.getName())))) {
                    diagnostics.add(new RuleDiagnostic(file.path(), file.line(rule.getLine()), "rule " + rule.getName()
                            + " reads its score from " + FILE + ", which has no row for it"));
                }
            }
        }
        return diagnostics;
    }

    private static boolean wholeScore(String score) {
        if (score == null || !score.strip().matches("\\d{1,3}")) return false;
        int value = Integer.parseInt(score.strip());
        return value <= 100;
    }
}
