package dev.warden.rules;

import java.util.ArrayList;
import java.util.List;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * A rule file as Drools' own parser reads it (a decision table as the rules it generates), for the checks the
 * compiler makes on the rules' text. A file that does not parse has no rules here: the compiler reports why.
 */
record ParsedRuleFile(String path, boolean table, List<RuleDescr> rules) {

    static List<ParsedRuleFile> parseAll(List<RuleFile> ruleFiles) {
        List<ParsedRuleFile> parsed = new ArrayList<>();
        for (RuleFile file : ruleFiles) {
            boolean table = file.kind() != RuleFile.Kind.DRL;
            DrlParser parser = new DrlParser();
            try {
                PackageDescr pkg = parser.parse(false, table ? DecisionTableRows.generatedDrl(file) : file.text());
                if (!parser.hasErrors() && pkg != null) parsed.add(new ParsedRuleFile(file.path(), table, pkg.getRules()));
            } catch (DroolsParserException e) {
                // reported by the compiler
            }
        }
        return parsed;
    }

    /** The line to report: a table's generated lines mean nothing to its author (0, the file). */
    int line(int generatedLine) {
        return table ? 0 : generatedLine;
    }
}
