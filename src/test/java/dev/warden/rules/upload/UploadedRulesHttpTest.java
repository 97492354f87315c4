package dev.warden.rules.upload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import dev.warden.testing.RuleZips;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Rules uploaded over HTTP, sent as an attacker with an officer key would: none of their code runs in the
 * service, the ones that loop or allocate end in the child JVM that validates them, archives are read within
 * bounds, and the service goes on serving.
 */
@QuarkusTest
class UploadedRulesHttpTest {
    private static final String HEADER = "package rules.policy;\nimport dev.warden.facts.*;\nglobal Findings findings;\n";

    @Test
    void metadataThatCreatesAFileIsRefusedWithFileAndLineAndCreatesNothing() throws Exception {
        Path marker = Files.createTempDirectory("warden-probe").resolve("x");
        String rule = HEADER + "rule \"PROBE\"\n    @category(POLICY) @severity(INFO) @description(\"x\")\n"
                + "    @probe(new java.io.FileOutputStream(\"" + marker + "\"))\nwhen\n    Transaction()\nthen\nend\n";
        given().contentType("text/plain").queryParam("path", "policy/probe.drl").body(rule)
                .post("/v1/rules/validate").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("diagnostics[0].file", equalTo("policy/probe.drl"))
                .body("diagnostics[0].line", equalTo(6))
                .body("diagnostics[0].message", containsString("@probe must be a literal"));
        assertThat(marker).doesNotExist();
    }

    @Test
    void aConsequenceThatWritesAFileIsRefusedInAZipAndAsABacktestCandidate() throws Exception {
        Path marker = Files.createTempDirectory("warden-write").resolve("x");
        Map<String, String> files = RuleZips.bundled();
        files.put("policy/writer.drl", HEADER + firing("WRITER",
                "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"x\");"));
        files.put("tests/policy/writer.yaml", scenarioFiring("WRITER"));
        byte[] zip = RuleZips.zip(files);
        given().contentType("application/zip").body(zip).post("/v1/rules/validate").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("diagnostics.file", hasItem("policy/writer.drl"))
                .body("diagnostics.message", hasItem(containsString("java.nio.file.Files")));
        given().contentType("application/zip").body(zip)
                .queryParam("from", "2020-01-01T00:00:00Z").queryParam("to", "2030-01-01T00:00:00Z")
                .post("/v1/rules/backtest").then().statusCode(422)
                .body("diagnostics.file", hasItem("policy/writer.drl"));
        assertThat(marker).doesNotExist();
    }

    @Test
    void aConsequenceThatNeverEndsEndsTheChildNotTheService() {
        Map<String, String> files = RuleZips.bundled();
        files.put("policy/spin.drl", HEADER + firing("SPINNER", "long n = 0; while (true) { n++; }"));
        files.put("tests/policy/spin.yaml", scenarioFiring("SPINNER"));
        given().contentType("application/zip").body(RuleZips.zip(files)).post("/v1/rules/validate").then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("diagnostics[0].message", containsString("did not finish within"));
        assertThat(ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("CandidateCheckMain"))
                .filter(ProcessHandle::isAlive).count()).as("validating processes left running").isZero();
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aValidCandidateStillValidatesInTheChild() {
        Map<String, String> files = RuleZips.bundled();
        files.put("policy/marker.drl", HEADER + firing("HARMLESS_MARKER", "findings.raise(kcontext, 1, \"marker\");"));
        files.put("tests/policy/marker.yaml", scenarioFiring("HARMLESS_MARKER"));
        given().contentType("application/zip").body(RuleZips.zip(files)).post("/v1/rules/validate").then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("rules.id", hasItem("HARMLESS_MARKER"))
                .body("scenarios.failed", equalTo(0));
    }

    @Test
    void aZipBombIsRefusedWith413AndTheHeapStaysBounded() throws Exception {
        byte[] bomb = zipOfZeros(900L << 20);
        assertThat(bomb.length).isLessThan(1 << 20);
        long before = heapPeakAfterReset();
        given().contentType("application/zip").body(bomb).post("/v1/rules/validate").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("unpacks to more than"));
        long growth = heapPeak() - before;
        assertThat(growth).as("heap growth while refusing the bomb").isLessThan(300L << 20);
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static String firing(String id, String consequence) {
        return "rule \"" + id + "\"\n    @category(POLICY) @severity(INFO) @description(\"test\")\nwhen\n"
                + "    Transaction(amount > 0)\nthen\n    " + consequence + "\nend\n";
    }

    private static String scenarioFiring(String id) {
        return """
                steps:
                  - request: {transactionId: s1, occurredAt: "2026-11-20T10:00:00Z", type: WIRE, amount: "10", currency: USD,
                              originator: {partyId: nobody, accountId: a1}, beneficiary: {name: B, accountId: a2}}
                    expect: {fired: [%s]}
                """.formatted(id);
    }

    private static byte[] zipOfZeros(long size) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("rules/policy/zeros.drl"));
            byte[] block = new byte[1 << 20];
            for (long written = 0; written < size; written += block.length) zip.write(block);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static long heapPeakAfterReset() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        return heapPeak();
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
