package dev.warden.rules.lifecycle;

import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.warden.rules.RuleSources;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@TestProfile(LifecycleProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulesLifecycleTest {
    private static final String BROKEN = "package rules.policy;\nimport dev.warden.facts.*;\nrule \"BROKEN_RULE\"\n"
            + "  @category(POLICY) @severity(INFO) @description(\"x\")\nwhen\n  Transaction(amountUsd >>> 1)\nthen\nend\n";

    @Test
    @Order(1)
    void theServingSetIsDescribed() {
        given().get("/v1/rules").then().statusCode(200)
                .body("version", equalTo(RuleSources.readFolder(LifecycleProfile.ROOT).version()))
                .body("rules.id", hasItem("RELOAD_MARKER_A"))
                .body("rules.find { it.id == 'LAYERING_STRUCTURING' }.file", equalTo("layering/structuring.drl"))
                .body("rules.find { it.id == 'LAYERING_STRUCTURING' }.category", equalTo("LAYERING"))
                .body("files", hasItem("policy/marker.drl"))
                .body("lastAttempt.succeeded", equalTo(true));
    }

    @Test
    @Order(2)
    void validatingASingleFileReportsFileAndLineAndActivatesNothing() {
        String before = servingVersion();
        given().contentType("text/plain").queryParam("path", "policy/broken.drl").body(BROKEN)
                .post("/v1/rules/validate").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("diagnostics[0].file", equalTo("policy/broken.drl"))
                .body("diagnostics[0].line", equalTo(6));
        given().contentType("text/plain").queryParam("path", "policy/marker.drl").body(LifecycleProfile.marker("RELOAD_MARKER_C"))
                .post("/v1/rules/validate").then().statusCode(200)
                .body("valid", equalTo(true))
                .body("rules.id", hasItem("RELOAD_MARKER_C"))
                .body("scenarios.failed", equalTo(0));
        assertThat(servingVersion()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void validatingAZippedFolderRunsItsScenarios() throws Exception {
        Map<String, String> files = new HashMap<>();
        for (var f : RuleSources.readFolder(Path.of("rules")).files()) files.put("rules/" + f.path(), f.text());
        // A scenario that expects the wrong outcome makes the candidate invalid.
        files.put("rules/tests/kyc/wrong.yaml", """
                steps:
                  - request: {transactionId: w1, occurredAt: "2026-11-20T10:00:00Z", type: WIRE, amount: "5000", currency: USD,
                              originator: {partyId: nobody, accountId: a1}, beneficiary: {name: B, accountId: a2}}
                    expect: {outcome: ALLOW}
                """);
        given().contentType("application/zip").body(zip(files)).post("/v1/rules/validate").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("diagnostics[0].file", equalTo("tests/kyc/wrong.yaml"))
                .body("diagnostics[0].message", containsString("expected outcome ALLOW but was REVIEW"))
                .body("scenarios.failed", equalTo(1));
    }

    @Test
    @Order(4)
    void aBrokenFolderIsRejectedAndTheLastGoodSetKeepsServing() {
        String good = servingVersion();
        LifecycleProfile.FOLDER.publish(Map.of("policy/marker.drl", LifecycleProfile.MARKER_A, "policy/broken.drl", BROKEN));
        given().post("/v1/rules/reload").then().statusCode(422)
                .body("succeeded", equalTo(false))
                .body("errors[0].file", equalTo("policy/broken.drl"));
        given().get("/v1/rules").then().body("version", equalTo(good))
                .body("lastAttempt.succeeded", equalTo(false))
                .body("lastAttempt.errors[0].line", equalTo(6));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'rule-set' }.data.lastReloadErrors", equalTo(1));
        given().get("/q/metrics").then().body(containsString("warden_rules_last_reload_failed 1.0"))
                .body(containsString("warden_rules_reloads_total{result=\"rejected\"}"));
        JsonPath decision = decide();
        assertThat(decision.getString("ruleSetVersion")).isEqualTo(good);
    }

    @Test
    @Order(5)
    void theWatcherActivatesAFixedFolderAfterTheConfigMapSwap() throws Exception {
        LifecycleProfile.FOLDER.publish(Map.of("policy/marker.drl", LifecycleProfile.MARKER_B));
        String expected = RuleSources.readFolder(LifecycleProfile.ROOT).version();
        awaitServing(expected);
        assertThat(decide().getList("findings.ruleId", String.class)).contains("RELOAD_MARKER_B");
        given().get("/v1/rules/versions").then().statusCode(200).body("version", hasItem(expected));
    }

    @Test
    @Order(6)
    void reloadsUnderLoadFailNoRequestAndNeverMixVersions() throws Exception {
        Map<String, String> markerOf = new HashMap<>();
        LifecycleProfile.FOLDER.publish(Map.of("policy/marker.drl", LifecycleProfile.MARKER_A));
        markerOf.put(RuleSources.readFolder(LifecycleProfile.ROOT).version(), "RELOAD_MARKER_A");
        LifecycleProfile.FOLDER.publish(Map.of("policy/marker.drl", LifecycleProfile.MARKER_B));
        markerOf.put(RuleSources.readFolder(LifecycleProfile.ROOT).version(), "RELOAD_MARKER_B");

        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> versionsSeen = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Future<Integer>> counts = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            counts.add(clients.submit(() -> {
                int n = 0;
                while (running.get()) {
                    var response = given().contentType("application/json").body(wire()).post("/v1/decisions");
                    n++;
                    if (response.statusCode() != 200) {
                        problems.add("status " + response.statusCode() + ": " + response.asString());
                        continue;
                    }
                    JsonPath d = response.jsonPath();
                    String version = d.getString("ruleSetVersion");
                    List<String> fired = d.getList("findings.ruleId", String.class);
                    String expected = markerOf.get(version);
                    versionsSeen.add(version);
                    if (expected == null || !fired.contains(expected)
                            || fired.stream().filter(id -> id.startsWith("RELOAD_MARKER")).count() != 1) {
                        problems.add("version " + version + " fired " + fired);
                    }
                }
                return n;
            }));
        }
        // Ten swaps, by the watcher or by a reload; each is served, and decided by a client, before the next.
        for (int swap = 0; swap < 10; swap++) {
            LifecycleProfile.FOLDER.publish(Map.of("policy/marker.drl", swap % 2 == 0 ? LifecycleProfile.MARKER_A : LifecycleProfile.MARKER_B));
            String expected = RuleSources.readFolder(LifecycleProfile.ROOT).version();
            if (swap % 3 == 0) given().post("/v1/rules/reload").then().statusCode(200);
            awaitServing(expected);
            versionsSeen.clear();
            await("a client decision on " + expected).atMost(Duration.ofSeconds(120))
                    .until(() -> versionsSeen.contains(expected));
        }
        running.set(false);
        int total = 0;
        for (Future<Integer> count : counts) total += count.get();
        clients.shutdown();
        assertThat(problems).as("failed or mixed decisions out of " + total).isEmpty();
    }

    // A reload compiles the folder, runs every scenario and warms the set up; under load from the test's own
    // clients on two cores that takes tens of seconds. The bound only stops a reload that never comes.
    private static void awaitServing(String version) {
        await("serving " + version).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(RulesLifecycleTest::servingVersion, version::equals);
    }

    private static String servingVersion() {
        return given().get("/v1/rules").then().statusCode(200).extract().path("version");
    }

    private static String wire() {
        return Requests.wire(Requests.uniqueId("reload"), "2026-11-20T10:15:30Z", "120", Requests.uniqueId("c"),
                Requests.uniqueId("a"), Requests.uniqueId("a"));
    }

    private static JsonPath decide() {
        return given().contentType("application/json").body(wire()).post("/v1/decisions").then().statusCode(200)
                .extract().jsonPath();
    }

    private static byte[] zip(Map<String, String> files) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
