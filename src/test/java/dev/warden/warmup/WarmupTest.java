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

/**
 * The decision-path warm-up: readiness waits for it, every synthetic decision ran over loopback HTTP, and none was
 * recorded.
 */
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
                .containsEntry("path", "http").doesNotContainKey("stoppedBy");
        // Every one went through the HTTP stack, to the endpoint that records nothing.
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(simulateRequests(metrics)).isEqualTo(DECISIONS);
        assertThat(Database.recorded(dataSource, "decisions", "warmup-")).isZero();
        assertThat(Database.recorded(dataSource, "transactions", "warmup-")).isZero();
    }

    /** The count of 200 answers to POST /v1/decisions/simulate in the Prometheus text. */
    private static long simulateRequests(String metrics) {
        return metrics.lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{")
                        && line.contains("uri=\"/v1/decisions/simulate\"") && line.contains("status=\"200\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
