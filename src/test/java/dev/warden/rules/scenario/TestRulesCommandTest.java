package dev.warden.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestRulesCommandTest {
    @Test
    void theBundledRulesPassAndTheReportSaysSo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = TestRulesCommand.run(new String[] { "rules" }, new PrintStream(out, true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(report).isZero();
        assertThat(report).contains("PASS", " passed, 0 failed", "Rules no scenario makes fire (2): SANCTIONS_ID_EXACT, SANCTIONS_NAME_OTHER_LIST");
    }

    @Test
    void aBrokenRuleFileFailsWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("kyc"));
        Files.writeString(dir.resolve("kyc/bad.drl"), "package x;\nrule \"BAD\" when\n  Nope(\nthen end\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = TestRulesCommand.run(new String[] { dir.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("does not compile", "kyc/bad.drl:");
    }
}
