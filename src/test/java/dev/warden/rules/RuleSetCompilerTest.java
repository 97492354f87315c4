package dev.warden.rules;

import static dev.warden.rules.RuleFolders.HEADER;
import static dev.warden.rules.RuleFolders.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.warden.facts.Category;
import dev.warden.facts.Severity;

class RuleSetCompilerTest {
    private final RuleSetCompiler compiler = new RuleSetCompiler();

    @TempDir
    Path dir;

    @Test
    void theBundledRulesFolderCompilesWithEveryRuleDescribed() {
        CompiledRuleSet set = compiler.compile(RuleSources.readFolder(Path.of("rules")));
        assertThat(set.rules()).extracting(RuleInfo::id).contains("SANCTIONS_WALLET_EXACT", "SANCTIONS_BIC_EXACT",
                "KYC_UNVERIFIED_ABOVE_THRESHOLD", "LAYERING_STRUCTURING");
        assertThat(set.rules()).allSatisfy(r -> {
            assertThat(r.description()).isNotBlank();
            assertThat(r.file()).doesNotStartWith("/");
        });
        assertThat(set.version()).startsWith("sha256:");
        assertThat(set.lists().names()).contains("fx-usd-rates");
    }

    @Test
    void aRuleSetCannotCarryAVersionOtherThanItsSourcesGive() {
        CompiledRuleSet set = compiler.compile(RuleSources.readFolder(Path.of("rules")));
        assertThat(set.version()).isEqualTo(set.sources().version());
        assertThatThrownBy(() -> new CompiledRuleSet(set.sources(), "sha256:" + "0".repeat(64), set.loadedAt(),
                set.kieBase(), set.sessions(), set.rules(), set.lists(), set.globals()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the hash of its sources");
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine() {
        RuleFolders.write(dir, Map.of("lists/fx-usd-rates.csv", fx(), "ok.drl", HEADER + rule("GOOD_RULE", "INFO", "Transaction()", ""),
                "sub/broken.drl", HEADER + "\n\nrule \"BROKEN_RULE\"\n @category(POLICY) @severity(INFO) @description(\"x\")\nwhen\n  Transaction(amountUsd >>> 5)\nthen\nend\n"));
        RuleSetInvalidException e = catchInvalid(dir);
        assertThat(e.diagnostics()).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("sub/broken.drl");
            assertThat(d.line()).isEqualTo(9);
        });
    }

    @Test
    void aTypeErrorIsReportedWithFileAndLine() {
        RuleFolders.write(dir, Map.of("lists/fx-usd-rates.csv", fx(),
                "typo.drl", HEADER + rule("TYPO_RULE", "INFO", "Transaction(amountUSD > 5)", "")));
        RuleSetInvalidException e = catchInvalid(dir);
        assertThat(e.diagnostics()).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("typo.drl");
            assertThat(d.line()).isGreaterThan(0);
            assertThat(d.message()).contains("amountUSD");
        });
    }

    @Test
    void aFileThatCompilesToNoRuleIsAnError() {
        RuleFolders.write(dir, Map.of("lists/fx-usd-rates.csv", fx(), "ok.drl", HEADER + rule("GOOD_RULE", "INFO", "Transaction()", ""),
                "empty.drl", HEADER + "// nothing here yet\n"));
        assertThat(catchInvalid(dir).diagnostics()).extracting(RuleDiagnostic::file, RuleDiagnostic::message)
                .contains(org.assertj.core.groups.Tuple.tuple("empty.drl", "file compiles to no rule"));
    }

    @Test
    void missingOrInvalidMetadataIsAnError() {
        RuleFolders.write(dir, Map.of("lists/fx-usd-rates.csv", fx(), "meta.drl", HEADER + """
                rule "NO_META"
                when Transaction() then end
                rule "BAD_SEVERITY" @category(KYC) @severity(SEVERE) @description("x")
                when Transaction() then end
                rule "lower_case_id" @category(KYC) @severity(INFO) @description("x")
                when Transaction() then end
                """));
        List<String> messages = catchInvalid(dir).diagnostics().stream().map(RuleDiagnostic::message).toList();
        assertThat(messages).contains("rule NO_META has no @description")
                .anyMatch(m -> m.startsWith("rule NO_META has no @category"))
                .anyMatch(m -> m.startsWith("rule BAD_SEVERITY has @severity(SEVERE)"))
                .anyMatch(m -> m.startsWith("rule id 'lower_case_id'"));
    }

    @Test
    void aReferenceListWithoutSourceOrDateIsAnError() {
        RuleFolders.write(dir, Map.of("lists/fx-usd-rates.csv", fx(), "ok.drl", HEADER + rule("GOOD_RULE", "INFO", "Transaction()", ""),
                "lists/hubs.csv", "country\nKG\nKG\n"));
        assertThat(catchInvalid(dir).diagnostics()).extracting(RuleDiagnostic::toString)
                .contains("lists/hubs.csv:3: duplicate value 'KG'", "lists/hubs.csv:1: reference list needs a '# source: ...' line");
    }

    @Test
    void aCsvDecisionTableCompilesToRulesWithMetadata() {
        RuleFolders.write(dir, Map.of("lists/fx-usd-rates.csv", fx(), "tables/limits.drl.csv", """
                RuleSet,test.tables
                Import,"dev.warden.facts.*"
                Variables,Findings findings
                RuleTable Limits
                NAME,METADATA,METADATA,METADATA,CONDITION,ACTION
                ,,,,t : Transaction,
                ,category($param),severity($param),"description(""$param"")",amountUsd > $param,"findings.raise(kcontext, $param, ""over limit"");"
                id,category,severity,description,limit,score
                TABLE_LIMIT_HIGH,KYC,REVIEW,"Over 50,000 USD",50000,60
                TABLE_LIMIT_VERY_HIGH,KYC,BLOCK,"Over 1,000,000 USD",1000000,90
                """));
        CompiledRuleSet set = compiler.compile(RuleSources.readFolder(dir));
        assertThat(set.rules()).extracting(RuleInfo::id, RuleInfo::category, RuleInfo::severity, RuleInfo::file)
                .contains(org.assertj.core.groups.Tuple.tuple("TABLE_LIMIT_HIGH", Category.KYC, Severity.REVIEW, "tables/limits.drl.csv"));
    }

    @Test
    void theSameTableAsAnXlsxWorkbookCompilesToTheSameRules() throws Exception {
        String csv = java.nio.file.Files.readString(Path.of("rules/tables/kyc-limits-by-risk.drl.csv"));
        java.nio.file.Files.createDirectories(dir.resolve("tables"));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = java.nio.file.Files.newOutputStream(dir.resolve("tables/kyc-limits-by-risk.drl.xlsx"))) {
            var sheet = workbook.createSheet("Limits");
            String[] lines = csv.split("\n");
            for (int r = 0; r < lines.length; r++) {
                List<String> cells = ReferenceListParser.splitCsv(lines[r]);
                var row = sheet.createRow(r);
                for (int c = 0; c < cells.size(); c++) row.createCell(c).setCellValue(cells.get(c));
            }
            workbook.write(out);
        }
        RuleFolders.write(dir, Map.of("lists/fx-usd-rates.csv", fx()));
        CompiledRuleSet set = compiler.compile(RuleSources.readFolder(dir));
        assertThat(set.rules()).extracting(RuleInfo::id, RuleInfo::severity, RuleInfo::file).containsExactly(
                org.assertj.core.groups.Tuple.tuple("KYC_LIMIT_HIGH_RISK", Severity.REVIEW, "tables/kyc-limits-by-risk.drl.xlsx"),
                org.assertj.core.groups.Tuple.tuple("KYC_LIMIT_LOW_RISK", Severity.REVIEW, "tables/kyc-limits-by-risk.drl.xlsx"),
                org.assertj.core.groups.Tuple.tuple("KYC_LIMIT_MEDIUM_RISK", Severity.REVIEW, "tables/kyc-limits-by-risk.drl.xlsx"));
    }

    @Test
    void aTableThatDoesNotCompileNamesTheTableAndTheRow() {
        RuleFolders.write(dir, Map.of("lists/fx-usd-rates.csv", fx(), "tables/bad.drl.csv", """
                RuleSet,test.tables
                Import,"dev.warden.facts.*"
                RuleTable Bad
                NAME,METADATA,METADATA,METADATA,CONDITION
                ,,,,t : Transaction
                ,category($param),severity($param),"description(""$param"")",amountUSD > $param
                id,category,severity,description,limit
                BAD_TABLE_ROW,KYC,REVIEW,"bad",5
                """));
        assertThat(catchInvalid(dir).diagnostics()).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("tables/bad.drl.csv");
            assertThat(d.message()).contains("BAD_TABLE_ROW").contains("generated from this table");
        });
    }

    @Test
    void theVersionIsAContentHashIndependentOfWhereTheFolderIs(@TempDir Path other) {
        Map<String, String> files = Map.of("lists/fx-usd-rates.csv", fx(), "a.drl", HEADER + rule("A_RULE", "INFO", "Transaction()", ""));
        String here = RuleSources.readFolder(RuleFolders.write(dir, files)).version();
        String there = RuleSources.readFolder(RuleFolders.write(other, files)).version();
        assertThat(here).isEqualTo(there);
        RuleFolders.write(other, Map.of("a.drl", HEADER + rule("A_RULE", "REVIEW", "Transaction()", "")));
        assertThat(RuleSources.readFolder(other).version()).isNotEqualTo(here);
        RuleFolders.write(other, Map.of("a.drl", HEADER + rule("A_RULE", "INFO", "Transaction()", ""), "README.md", "docs do not change behaviour"));
        assertThat(RuleSources.readFolder(other).version()).isEqualTo(here);
    }

    static String fx() {
        return "# source: test\n# as-of: 2025-11-19\ncurrency,usd_per_unit,kind\nUSD,1,FIAT\n";
    }

    private RuleSetInvalidException catchInvalid(Path folder) {
        return (RuleSetInvalidException) org.assertj.core.api.Assertions.catchThrowable(
                () -> compiler.compile(RuleSources.readFolder(folder)));
    }
}
