package dev.warden.events.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.warden.events.EventOutbox;
import dev.warden.events.NewEvent;
import dev.warden.testing.Database;
import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Webhooks over real HTTP to a receiver in this JVM, with real PostgreSQL behind Warden. */
@QuarkusTest
@TestProfile(WebhookProfile.class)
class WebhookDeliveryTest {
    private static final WebhookReceiver RECEIVER = WebhookProfile.RECEIVER;

    @Inject
    DataSource dataSource;
    @Inject
    EventOutbox outbox;

    @Test
    void aReviewDecisionReachesTheReceiverSignedWithBothSecretsOnTheThirdAttemptAndEachAttemptIsLogged() {
        String decisionId = review();
        UUID eventId = eventOf(decisionId);
        await("three attempts at /hooks/flaky", () -> RECEIVER.received("/hooks/flaky", eventId.toString()).size() >= 3
                && "DELIVERED".equals(status(eventId, "flaky")));

        List<WebhookReceiver.Received> attempts = RECEIVER.received("/hooks/flaky", eventId.toString());
        assertThat(attempts).extracting(WebhookReceiver.Received::answered).containsExactly(500, 500, 204);
        for (WebhookReceiver.Received attempt : attempts) {
            assertThat(attempt.signedWith(WebhookProfile.OLD_SECRET)).as("signed with the old secret").isTrue();
            assertThat(attempt.signedWith(WebhookProfile.NEW_SECRET)).as("and with the new one").isTrue();
            assertThat(attempt.signedWith("whsec-not-configured-000")).isFalse();
            assertThat(Math.abs(Long.parseLong(attempt.timestamp()) - Instant.now().getEpochSecond())).isLessThan(120);
            JsonPath envelope = new JsonPath(attempt.body());
            assertThat(envelope.getString("id")).isEqualTo(eventId.toString());
            assertThat(envelope.getString("type")).isEqualTo("decision.flagged");
            assertThat(envelope.getString("subject")).isEqualTo(decisionId);
            assertThat(envelope.getString("data.decisionId")).isEqualTo(decisionId);
            assertThat(envelope.getString("data.outcome")).isEqualTo("REVIEW");
            assertThat(envelope.getString("createdAt")).isNotBlank();
        }
        // A body altered in transit no longer verifies.
        WebhookReceiver.Received first = attempts.get(0);
        assertThat(new WebhookReceiver.Received(first.path(), first.id(), first.timestamp(), first.signature(),
                first.body().replace("REVIEW", "ALLOW"), 0).signedWith(WebhookProfile.NEW_SECRET)).isFalse();

        JsonPath log = given().get("/v1/webhooks/deliveries/" + eventId).then().statusCode(200).extract().jsonPath();
        String flaky = "find { it.subscriber == 'flaky' }";
        assertThat(log.getString(flaky + ".status")).isEqualTo("DELIVERED");
        assertThat(log.getList(flaky + ".attempts.attempt", Integer.class)).containsExactly(1, 2, 3);
        assertThat(log.getList(flaky + ".attempts.httpStatus", Integer.class)).containsExactly(500, 500, 204);
        assertThat(log.getString(flaky + ".attempts[0].responseExcerpt")).isEqualTo("refused by the test receiver, attempt 1");
        assertThat(log.getString(flaky + ".attempts[2].responseExcerpt")).isNull();
        assertThat(Database.count(dataSource, "SELECT count(*) FROM webhook_attempts WHERE event_id = ? AND subscriber = 'flaky'",
                eventId)).isEqualTo(3);

        await("ontime delivered at once", () -> "DELIVERED".equals(status(eventId, "ontime")));
        assertThat(RECEIVER.received("/hooks/ontime", eventId.toString())).hasSize(1);
    }

    @Test
    void aRedirectIsAFailedAttemptNeverFollowedAndAfterTheLastAttemptTheDeliveryIsFailedUntilRetried() {
        UUID eventId = eventOf(review());
        await("moved FAILED", () -> "FAILED".equals(status(eventId, "moved")));
        assertThat(RECEIVER.received("/hooks/moved", eventId.toString())).extracting(WebhookReceiver.Received::answered)
                .containsExactly(302, 302, 302);
        assertThat(RECEIVER.received("/landing", null)).as("the redirect's target is never called").isEmpty();
        given().queryParam("status", "FAILED").queryParam("subscriber", "moved").get("/v1/webhooks/deliveries")
                .then().statusCode(200).body("eventId", org.hamcrest.Matchers.hasItem(eventId.toString()));

        given().post("/v1/webhooks/deliveries/" + eventId + "/flaky/retry").then().statusCode(409);
        given().post("/v1/webhooks/deliveries/" + eventId + "/nobody/retry").then().statusCode(404);
        given().post("/v1/webhooks/deliveries/" + eventId + "/moved/retry").then().statusCode(202);
        await("a fresh round of three attempts", () -> RECEIVER.received("/hooks/moved", eventId.toString()).size() >= 6
                && "FAILED".equals(status(eventId, "moved")));
        JsonPath log = given().get("/v1/webhooks/deliveries/" + eventId).then().statusCode(200).extract().jsonPath();
        assertThat(log.getList("find { it.subscriber == 'moved' }.attempts.attempt", Integer.class))
                .containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void aSubscriberWithATypeFilterGetsOnlyThoseTypes() throws Exception {
        NewEvent other = NewEvent.of("report.ready", "case-1", "{\"caseId\": \"case-1\"}");
        try (Connection connection = dataSource.getConnection()) {
            outbox.append(connection, List.of(other));
        }
        await("flaky has it", () -> "DELIVERED".equals(status(other.eventId(), "flaky")));
        assertThat(RECEIVER.received("/hooks/ontime", other.eventId().toString())).isEmpty();
        assertThat(status(other.eventId(), "ontime")).isNull();
    }

    @Test
    void theSubscribersAreListedWithoutSecretsAndBadParametersAre400() {
        given().get("/v1/webhooks").then().statusCode(200)
                .body("find { it.name == 'flaky' }.secrets", equalTo(2))
                .body("find { it.name == 'ontime' }.types", equalTo(List.of("decision.flagged")))
                .body(org.hamcrest.Matchers.not(containsString(WebhookProfile.OLD_SECRET)));
        given().get("/v1/webhooks/deliveries/not-a-uuid").then().statusCode(400).body("errors[0].field", equalTo("eventId"));
        given().queryParam("status", "LOST").get("/v1/webhooks/deliveries").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().queryParam("limit", "501").get("/v1/webhooks/deliveries").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().get("/v1/webhooks/deliveries/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void metricsShowDeliveriesAttemptsAndTheBacklog() {
        UUID eventId = eventOf(review());
        await("delivered", () -> "DELIVERED".equals(status(eventId, "flaky")));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("warden_webhook_deliveries_total{result=\"delivered\",subscriber=\"flaky\"}"))
                .body(containsString("warden_webhook_attempt_seconds_count{result=\"failure\",subscriber=\"flaky\"}"))
                .body(containsString("warden_webhook_failed_deliveries{subscriber=\"moved\"}"))
                .body(containsString("warden_webhook_retrying_deliveries{subscriber=\"flaky\"}"))
                .body(containsString("warden_webhook_pending_deliveries{subscriber=\"ontime\"}"))
                .body(containsString("warden_webhook_lag_seconds{subscriber=\"flaky\"}"));
    }

    private static String review() {
        return Decisions.decide(Requests.wire(Requests.uniqueId("hook"), "2026-11-20T10:15:30Z", "5000",
                Requests.uniqueId("c"), Requests.uniqueId("a"), Requests.uniqueId("a"))).getString("decisionId");
    }

    private UUID eventOf(String decisionId) {
        try (Connection c = dataSource.getConnection();
                var read = c.prepareStatement("SELECT event_id FROM events WHERE type = 'decision.flagged' AND subject = ?")) {
            read.setString(1, decisionId);
            try (var row = read.executeQuery()) {
                assertThat(row.next()).as("the decision's event").isTrue();
                return row.getObject(1, UUID.class);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String status(UUID eventId, String subscriber) {
        try (Connection c = dataSource.getConnection();
                var read = c.prepareStatement("SELECT status FROM webhook_deliveries WHERE event_id = ? AND subscriber = ?")) {
            read.setObject(1, eventId);
            read.setString(2, subscriber);
            try (var row = read.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(String what, BooleanSupplier done) {
        org.awaitility.Awaitility.await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(done::getAsBoolean);
    }
}
