package dev.warden.warmup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.warden.testing.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** The decision-path warm-up: readiness waits for it, every synthetic decision ran, and none was recorded. */
@QuarkusTest
@TestProfile(WarmupTest.Warming.class)
class WarmupTest {
    static final int DECISIONS = 40;

    public static class Warming implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("warden.warmup.decisions", String.valueOf(DECISIONS), "warden.warmup.max-duration", "PT5M");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void readinessWaitsForEverySyntheticDecisionAndNothingIsRecorded() {
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
        JsonPath health = given().get("/q/health/ready").then().extract().jsonPath();
        Map<String, Object> warmup = health.getMap("checks.find { it.name == 'decision-path-warm-up' }.data");
        assertThat(warmup).containsEntry("rehearsed", DECISIONS).containsEntry("of", DECISIONS)
                .doesNotContainKey("stoppedBy");
        assertThat(Database.recorded(dataSource, "decisions", "warmup-")).isZero();
        assertThat(Database.recorded(dataSource, "transactions", "warmup-")).isZero();
    }
}
