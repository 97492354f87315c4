package dev.warden.rules;

import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Drools reports a decision-table error at a line of the DRL it generated from the table, which an officer never
 * sees. This finds the row's rule for that line, so the diagnostic can name the row to fix. The generated DRL is
 * also what the check of uploaded rules reads.
 */
final class DecisionTableRows {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

    private DecisionTableRows() {
    }

    /** The DRL Drools generates from the table, or "" when the table cannot be read (compiling reports why). */
    static String generatedDrl(RuleFile table) {
        try {
            InputType type = table.kind() == RuleFile.Kind.DECISION_TABLE_XLSX ? InputType.XLS : InputType.CSV;
            return new SpreadsheetCompiler().compile(new ByteArrayInputStream(table.content()), type);
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** The id of the rule (table row) whose generated DRL holds the line, or null when it cannot be told. */
    static String ruleAt(RuleFile table, int generatedLine) {
        try {
            String[] drl = generatedDrl(table).split("\n");
            String rule = null;
            for (int i = 0; i < drl.length && i < generatedLine; i++) {
                Matcher m = RULE.matcher(drl[i]);
                if (m.find()) rule = m.group(1);
            }
            return rule;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
