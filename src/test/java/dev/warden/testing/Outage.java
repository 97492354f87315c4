package dev.warden.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;

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
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (given().get("/q/health/ready").statusCode() == 200) return;
            Thread.sleep(250);
        }
        throw new AssertionError("Warden did not become ready within 60 s after the database came back");
    }
}
