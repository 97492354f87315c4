package dev.warden.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.warden.facts.ReferenceLists.ReferenceList;

/** rules/lists are CSV: a quoted cell keeps its comma; a quote left open is a diagnostic on its line. */
class ReferenceListParserTest {
    private static final String HEAD = "# source: OFAC SDN\n# as-of: 2026-12-01\nbic,name,note\n";

    @Test
    void aQuotedCellKeepsItsComma() {
        List<RuleDiagnostic> diagnostics = new ArrayList<>();
        ReferenceList list = parse(HEAD + "TAAARU8Y,\"TAATTA, AO\",blocked\n", diagnostics);
        assertThat(diagnostics).isEmpty();
        assertThat(list.attribute("TAAARU8Y", "name")).isEqualTo("TAATTA, AO");
        assertThat(list.attribute("TAAARU8Y", "note")).isEqualTo("blocked");
    }

    @Test
    void aQuoteLeftOpenIsADiagnosticOnItsLine() {
        List<RuleDiagnostic> diagnostics = new ArrayList<>();
        assertThat(parse(HEAD + "TAAARU8Y,\"TAATTA, AO,blocked\n", diagnostics)).isNull();
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.message()).contains("quote");
        });
    }

    private static ReferenceList parse(String text, List<RuleDiagnostic> diagnostics) {
        return new ReferenceListParser().parse(new RuleFile("lists/banks.csv", text.getBytes(StandardCharsets.UTF_8)),
                diagnostics);
    }
}
