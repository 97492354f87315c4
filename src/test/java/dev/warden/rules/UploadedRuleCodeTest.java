package dev.warden.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.warden.rules.codecheck.BytecodeCheck;
import dev.warden.rules.codecheck.CodeViolation;

/**
 * Uploaded rules run no code: each way rule text can reach files, processes, reflection, the JVM or the engine
 * is refused with file and line before anything of it is evaluated, and the bundled rules pass the same checks
 * (so officers can upload the whole folder).
 */
class UploadedRuleCodeTest {
    @TempDir
    Path temp;

    @Test
    void theBundledRulesPassTheChecksOfAnUpload() {
        assertThatCode(() -> new RuleSetCompiler(RuleSetCompiler.Trust.UPLOADED)
                .compile(RuleSources.readFolder(Path.of("rules")))).doesNotThrowAnyException();
    }

    @Test
    void metadataThatWouldCreateAFileWhileCompilingIsRefusedAndNothingIsCreated() {
        Path marker = temp.resolve("probe");
        String drl = RuleFolders.HEADER + """
                rule "PROBE"
                    @category(POLICY) @severity(INFO) @description("x")
                    @probe(new java.io.FileOutputStream("%s"))
                when
                    Transaction()
                then
                end
                """.formatted(marker);
        List<RuleDiagnostic> diagnostics = refused(drl);
        assertThat(marker).doesNotExist();
        assertThat(diagnostics).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("policy/upload.drl");
            assertThat(d.line()).isEqualTo(6);
        });
        assertThat(diagnostics.toString()).contains("@probe must be a literal");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "java.nio.file.Files.writeString(java.nio.file.Path.of(\"/tmp/warden-x\"), \"x\");",
            "Runtime.getRuntime().exec(\"touch /tmp/warden-x\");",
            "Class.forName(\"java.lang.Runtime\");",
            "System.exit(1);",
            "new ProcessBuilder(\"touch\", \"/tmp/warden-x\").start();",
            "Thread t = new Thread(); t.start();",
            "Object loader = findings.getClass().getClassLoader();",
            "drools.getKieRuntime().getKieBase();",
            "kcontext.getKieRuntime().halt();",
            "new java.io.File(\"/tmp/warden-x\").delete();",
            "java.net.Socket s = new java.net.Socket(\"127.0.0.1\", 5432);",
            "var r = java.util.ServiceLoader.load(Object.class);"})
    void consequencesThatReachOutsideTheFactsAreRefusedWithTheirLine(String consequence) {
        String drl = RuleFolders.HEADER + RuleFolders.rule("REACHES_OUT", "INFO", "Transaction()", consequence);
        List<RuleDiagnostic> diagnostics = refused(drl);
        assertThat(diagnostics).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("policy/upload.drl");
            assertThat(d.line()).isEqualTo(9);
        });
    }

    @Test
    void aFunctionBodyIsCheckedLikeAConsequence() {
        String drl = RuleFolders.HEADER + """
                function boolean touch(String path) {
                    return new java.io.File(path).createNewFile();
                }
                """ + RuleFolders.rule("CALLS_FUNCTION", "INFO", "Transaction()", "touch(\"/tmp/warden-x\");");
        assertThat(refused(drl)).anySatisfy(d -> assertThat(d.line()).isEqualTo(5));
    }

    @Test
    void theMvelDialectAndMvelConstraintsCannotReachOut() {
        String dialect = RuleFolders.HEADER + """
                rule "MVEL_RULE"
                    @category(POLICY) @severity(INFO) @description("x")
                    dialect "mvel"
                when
                    Transaction()
                then
                    System.out.println("x");
                end
                """;
        assertThat(refused(dialect).toString()).contains("dialect mvel is not allowed");
        String constraint = RuleFolders.HEADER + RuleFolders.rule("MVEL_CONSTRAINT", "INFO",
                "Transaction( new java.io.FileOutputStream(\"/tmp/warden-x\") != null )", "");
        assertThat(refused(constraint)).anySatisfy(d -> assertThat(d.line()).isEqualTo(7));
    }

    @Test
    void importsGlobalsDeclarationsAndAttributesAreLimitedToLiteralsAndAllowedTypes() {
        assertThat(refused("package p;\nimport java.io.File;\n" + RuleFolders.rule("A_RULE", "INFO", "eval(true)", "")))
                .anySatisfy(d -> assertThat(d.message()).contains("import java.io.File is not allowed"));
        assertThat(refused(RuleFolders.HEADER + "global java.lang.Runtime runtime;\n"
                + RuleFolders.rule("A_RULE", "INFO", "eval(true)", ""))).isNotEmpty();
        assertThat(refused(RuleFolders.HEADER + "declare Box\n    size : long = new java.io.File(\"x\").length()\nend\n"
                + RuleFolders.rule("A_RULE", "INFO", "eval(true)", ""))).isNotEmpty();
        assertThat(refused(RuleFolders.HEADER + """
                rule "SALIENT"
                    @category(POLICY) @severity(INFO) @description("x")
                    salience (new java.io.File("x").length())
                when
                    Transaction()
                then
                end
                """).toString()).contains("salience must be a literal");
    }

    @Test
    void aDecisionTableCellIsCheckedAndTheRowNamed() throws IOException {
        String table = Files.readString(Path.of("rules/tables/kyc-limits-by-level.drl.csv"))
                .replaceFirst("findings\\.raise\\(kcontext,", "System.exit(0); findings.raise(kcontext,");
        RuleSources sources = new RuleSources("upload", List.of(new RuleFile("tables/limits.drl.csv",
                table.getBytes(StandardCharsets.UTF_8))));
        RuleSetInvalidException e = catchThrowableOfType(RuleSetInvalidException.class,
                () -> new RuleSetCompiler(RuleSetCompiler.Trust.UPLOADED).compile(sources));
        assertThat(e.diagnostics()).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("tables/limits.drl.csv");
            assertThat(d.message()).startsWith("in the row of rule KYC_LIMIT").contains("'System'");
        });
    }

    @Test
    void theBytecodeCheckNamesWhatTheTextCheckCannotSee() throws IOException {
        byte[] bytecode;
        try (InputStream in = Touches.class.getResourceAsStream("UploadedRuleCodeTest$Touches.class")) {
            bytecode = in.readAllBytes();
        }
        List<CodeViolation> violations = BytecodeCheck.check("Touches", bytecode, name -> false, "policy/x.drl");
        assertThat(violations.toString()).contains("java.io.File").contains("java.lang.Class");
    }

    /** Compiled by javac, standing for what a rule could compile to. */
    static final class Touches {
        static Object touch(Object o) throws IOException {
            var file = new java.io.File(o.toString());
            file.createNewFile();
            return o.getClass();
        }
    }

    private static List<RuleDiagnostic> refused(String drl) {
        RuleSources sources = new RuleSources("upload", List.of(new RuleFile("policy/upload.drl",
                drl.getBytes(StandardCharsets.UTF_8))));
        RuleSetInvalidException e = catchThrowableOfType(RuleSetInvalidException.class,
                () -> new RuleSetCompiler(RuleSetCompiler.Trust.UPLOADED).compile(sources));
        assertThat(e).as("the upload is refused").isNotNull();
        return e.diagnostics();
    }
}
