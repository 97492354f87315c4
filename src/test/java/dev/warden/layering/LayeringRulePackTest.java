package dev.warden.layering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.warden.facts.Category;
import dev.warden.facts.Severity;
import dev.warden.rules.CompiledRuleSet;
import dev.warden.rules.RuleInfo;
import dev.warden.rules.RuleSetCompiler;
import dev.warden.rules.RuleSources;

/**
 * The layering pack as shipped: it compiles with the rest of rules/, every detecting rule is described and
 * reads at least one threshold row, and every threshold row feeds a rule that exists.
 */
class LayeringRulePackTest {
    private static final Pattern READS = Pattern.compile("LayeringLimit\\(pattern == \"(\\w+)\"");
    private static final Pattern ROW = Pattern.compile("^LAYERING_LIMIT_\\w+,LAYERING,INFO,\"[^\"]+\",(\\w+),", Pattern.MULTILINE);

    private final CompiledRuleSet set = new RuleSetCompiler().compile(RuleSources.readFolder(Path.of("rules")));

    @Test
    void everyLayeringRuleIsCategorisedDescribedAndNamedForItsConcern() {
        List<RuleInfo> detecting = set.rules().stream().filter(r -> r.file().startsWith("layering/")).toList();
        assertThat(detecting).extracting(RuleInfo::id).contains("LAYERING_STRUCTURING",
                "LAYERING_STRUCTURING_PARTY", "LAYERING_PASS_THROUGH", "LAYERING_FAN_IN", "LAYERING_FAN_OUT",
                "LAYERING_SCATTER_GATHER", "LAYERING_GATHER_SCATTER", "LAYERING_CHAIN", "LAYERING_CYCLE",
                "LAYERING_FIAT_TO_STABLECOIN", "LAYERING_VELOCITY_SPIKE", "LAYERING_DORMANT_ACCOUNT_ACTIVE",
                "LAYERING_NEW_PAYEE_OUTSIDE_ROUTINE");
        assertThat(detecting).allSatisfy(r -> {
            assertThat(r.id()).startsWith("LAYERING_");
            assertThat(r.category()).isEqualTo(Category.LAYERING);
            assertThat(r.severity()).isEqualTo(Severity.REVIEW);
            assertThat(r.description()).isNotBlank();
        });
    }

    @Test
    void thresholdRowsAreInformationalAndEachPatternReadHasARowAndViceVersa() throws IOException {
        assertThat(set.rules().stream().filter(r -> r.file().equals("tables/layering-thresholds.drl.csv")))
                .isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.id()).startsWith("LAYERING_LIMIT_");
                    assertThat(r.severity()).isEqualTo(Severity.INFO);
                });
        Set<String> read = new TreeSet<>();
        try (Stream<Path> drl = Files.list(Path.of("rules/layering"))) {
            for (Path file : (Iterable<Path>) drl::iterator) {
                Matcher m = READS.matcher(Files.readString(file));
                while (m.find()) read.add(m.group(1));
            }
        }
        Set<String> rows = new TreeSet<>();
        Matcher m = ROW.matcher(Files.readString(Path.of("rules/tables/layering-thresholds.drl.csv")));
        while (m.find()) rows.add(m.group(1));
        assertThat(rows).isEqualTo(read);
    }
}
