package dev.warden.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.warden.facts.ReferenceLists;

/**
 * Scores officers tune live in {@code rules/lists/rule-scores.csv}: every shipped DRL rule that raises a finding
 * reads its score from there, none carries a literal, and the list names no rule that does not exist.
 */
class RuleScoresTest {
    private static final Pattern RULE_BLOCK = Pattern.compile("(?ms)^rule \"([A-Z0-9_]+)\"(.*?)^end");
    private static final Pattern LITERAL_SCORE = Pattern.compile("findings\\.raise\\(kcontext,\\s*(Severity\\.\\w+,\\s*)?\\d+\\s*,");

    private final CompiledRuleSet shipped = new RuleSetCompiler().compile(RuleSources.readFolder(Path.of("rules")));

    @Test
    void everyRuleWrittenInDrlHasAScoreRowAndEveryRowARule() throws IOException {
        // Rules that read their score from the list. The layering rules take theirs from the table row they match
        // (tables/layering-thresholds.drl.csv).
        Set<String> scored = new TreeSet<>();
        Set<String> literal = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String text = Files.readString(drl);
                RULE_BLOCK.matcher(text).results()
                        .filter(m -> m.group(2).contains("lists.score(kcontext)"))
                        .forEach(m -> scored.add(m.group(1)));
                if (LITERAL_SCORE.matcher(text).find()) literal.add(drl.toString());
            }
        }
        ReferenceLists.ReferenceList scores = shipped.lists().get(ReferenceLists.RULE_SCORES);

        assertThat(literal).as("DRL files with a literal finding score").isEmpty();
        assertThat(scores.values()).as("rows of lists/rule-scores.csv").containsExactlyInAnyOrderElementsOf(scored);
        assertThat(scored).allSatisfy(id -> assertThat(Integer.parseInt(scores.attribute(id, "score"))).isBetween(0, 100));
        assertThat(shipped.rules()).extracting(RuleInfo::id).containsAll(scored);
    }

    @Test
    void aRuleWithoutAScoreRowOrAScoreThatIsNotAWholeNumberFrom0To100IsRefusedWhenTheFolderCompiles(
            @org.junit.jupiter.api.io.TempDir Path dir) {
        String header = RuleFolders.HEADER + "global ReferenceLists lists;\n";
        RuleFolders.write(dir, Map.of("lists/fx-usd-rates.csv", RuleSetCompilerTest.fx(),
                "lists/rule-scores.csv", "# source: test\n# as-of: 2026-12-02\nrule,score,why\nSCORED,sixty,typed out\n"
                        + "OVER,101,too high\n",
                "scored.drl", header
                        + RuleFolders.rule("SCORED", "REVIEW", "Transaction()", "findings.raise(kcontext, lists.score(kcontext), \"s\");")
                        + RuleFolders.rule("OVER", "REVIEW", "Transaction()", "findings.raise(kcontext, lists.score(kcontext), \"o\");")
                        + RuleFolders.rule("UNSCORED", "REVIEW", "Transaction()", "findings.raise(kcontext, lists.score(kcontext), \"u\");")));
        RuleSetInvalidException refused = (RuleSetInvalidException) org.assertj.core.api.Assertions.catchThrowable(
                () -> new RuleSetCompiler().compile(RuleSources.readFolder(dir)));
        assertThat(refused).isNotNull();
        assertThat(refused.diagnostics()).extracting(RuleDiagnostic::toString).contains(
                "lists/rule-scores.csv: the score of SCORED must be a whole number from 0 to 100, not 'sixty'",
                "lists/rule-scores.csv: the score of OVER must be a whole number from 0 to 100, not '101'")
                .anySatisfy(d -> assertThat(d).startsWith("scored.drl:").endsWith(
                        "rule UNSCORED reads its score from lists/rule-scores.csv, which has no row for it"));
    }
}
