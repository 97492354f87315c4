package dev.warden.decision;

import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.warden.testing.Outage;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;

/** The default policy: with PostgreSQL down, decisions answer 503 problem+json, and recovery needs no restart. */
@QuarkusTest
class DatabaseOutageTest {
    @Test
    void decisionsAre503WhileTheDatabaseIsDownAndRecordedAgainWhenItReturns() throws Exception {
        String body = Requests.wire(Requests.uniqueId("outage"), "2026-11-20T10:15:30Z", "120", Requests.uniqueId("c"),
                Requests.uniqueId("a"), Requests.uniqueId("a"));
        Outage.stopDatabase();
        try {
            given().contentType("application/json").body(body).post("/v1/decisions")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("detail", containsString("database is unavailable"));
            given().get("/q/health/ready").then().statusCode(503);
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            Outage.restartDatabaseAndAwaitRecovery();
        }
        // The same request, sent again after the outage, is decided and recorded.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(
                () -> given().contentType("application/json").body(body).post("/v1/decisions").statusCode() == 200);
        given().contentType("application/json").body(body).post("/v1/decisions")
                .then().statusCode(200).header("Idempotent-Replay", "true").body("recorded", equalTo(true));
    }
}
