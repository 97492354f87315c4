package dev.warden.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A service whose rules folder has never compiled: not ready (so Kubernetes sends it no traffic), still live (so it
 * is not restarted in a loop), decisions answer 503, and GET /v1/rules says which file and line to fix.
 */
@QuarkusTest
@TestProfile(NoRuleSetTest.BrokenRules.class)
class NoRuleSetTest {
    public static class BrokenRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path dir = Path.of("target/broken-rules").toAbsolutePath();
                Files.createDirectories(dir.resolve("kyc"));
                Files.writeString(dir.resolve("kyc/broken.drl"), "package x;\nrule \"BROKEN\" when\n  Nope(\nthen end\n");
                return Map.of("warden.rules.dir", dir.toString(), "warden.rules.watch-interval", "PT0S");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void notReadyButLiveAndDecisionsAre503WithTheErrorShown() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'rule-set' }.status", equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200);
        given().contentType("application/json").body(Requests.wire(Requests.uniqueId("none"), "2026-11-20T10:15:30Z",
                "10", "c", "a1", "a2")).post("/v1/decisions")
                .then().statusCode(503).contentType("application/problem+json");
        given().get("/v1/rules").then().statusCode(200)
                .body("version", equalTo(null))
                .body("lastAttempt.succeeded", equalTo(false))
                .body("lastAttempt.errors.file", hasItem("kyc/broken.drl"));
    }
}
