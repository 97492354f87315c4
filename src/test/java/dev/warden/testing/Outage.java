package dev.warden.testing;

import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;

import java.time.Duration;

/** Stops the test suite's real PostgreSQL for the length of a test, and waits for Warden to recover after. */
public final class Outage {
    private Outage() {
    }

    public static void stopDatabase() {
        PostgresTestResource.server().close();
    }

    /** Starts the database again and waits until readiness is UP and a decision is recorded again. */
    public static void restartDatabaseAndAwaitRecovery() throws Exception {
        PostgresTestResource.server().restart();
        await("Warden ready again after the database came back").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250)).until(() -> given().get("/q/health/ready").statusCode() == 200);
    }
}
