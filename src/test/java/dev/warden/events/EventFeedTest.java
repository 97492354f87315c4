package dev.warden.events;

import java.util.concurrent.atomic.AtomicReference;
import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.warden.testing.Database;
import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** GET /v1/events over real PostgreSQL: the order, the cursor, and the event that commits late. */
@QuarkusTest
class EventFeedTest {
    @Inject
    DataSource dataSource;
    @Inject
    EventOutbox outbox;

    /**
     * A writes an event (the lower seq) and stays open; B writes one and commits. A reader by seq would take B's
     * and move past A's before A commits. The feed serves neither while A runs, then both, A's first.
     */
    @Test
    void anEventWhoseTransactionCommitsLastIsNotSkipped() throws Exception {
        String end = readToTheEnd(null);
        NewEvent early = NewEvent.of("test.feed", "early", "{\"n\": 1}");
        NewEvent late = NewEvent.of("test.feed", "late", "{\"n\": 2}");
        try (Connection a = dataSource.getConnection(); Connection b = dataSource.getConnection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            outbox.append(a, List.of(early));
            outbox.append(b, List.of(late));
            b.commit();
            assertThat(seq(a, early)).as("A holds the lower sequence number").isLessThan(seq(a, late));

            JsonPath whileARuns = page(end, null);
            assertThat(whileARuns.getList("events.id")).as("nothing past a running transaction is served")
                    .doesNotContain(late.eventId().toString(), early.eventId().toString());
            end = whileARuns.getString("next");
            a.commit();
        }
        List<String> ids = new ArrayList<>();
        AtomicReference<String> cursor = new AtomicReference<>(end);
        await("both events once A commits").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonPath next = page(cursor.get(), "test.feed");
            ids.addAll(next.getList("events.id"));
            cursor.set(next.getString("next"));
            return ids.size() >= 2;
        });
        assertThat(ids).containsExactly(early.eventId().toString(), late.eventId().toString());
    }

    @Test
    void aReviewDecisionIsAnnouncedWithTheEnvelopeAndTheTypeFilterKeepsOnlyItsType() {
        String end = readToTheEnd(null);
        String decisionId = Decisions.decide(Requests.wire(Requests.uniqueId("events"), "2026-11-20T10:15:30Z", "5000",
                Requests.uniqueId("c"), Requests.uniqueId("a"), Requests.uniqueId("a"))).getString("decisionId");
        JsonPath found = awaitEvent(end, "decision.flagged", decisionId);
        assertThat(found.getString("type")).isEqualTo("decision.flagged");
        assertThat(found.getString("data.decisionId")).isEqualTo(decisionId);
        assertThat(found.getString("data.outcome")).isEqualTo("REVIEW");
        assertThat(found.getString("createdAt")).isNotBlank();
        assertThat(found.getString("id")).isNotBlank();
        given().queryParam("after", end).queryParam("type", "case.closed").queryParam("limit", 1000).get("/v1/events")
                .then().statusCode(200).body("events.subject", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(decisionId)));
    }

    @Test
    void theLimitBoundsAPageAndTheCursorContinuesWhereItStopped() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            outbox.append(connection, List.of(NewEvent.of("test.page", "1", "{}"), NewEvent.of("test.page", "2", "{}"),
                    NewEvent.of("test.page", "3", "{}"), NewEvent.of("test.page", "4", "{}")));
        }
        JsonPath first = page(null, null, 2);
        List<String> firstIds = first.getList("events.id");
        JsonPath second = page(first.getString("next"), null, 2);
        assertThat(firstIds).hasSize(2).doesNotContainAnyElementsOf(second.getList("events.id"));
        assertThat(second.getList("events.id")).hasSize(2);
        JsonPath both = page(null, null, 4);
        List<String> joined = new ArrayList<>(firstIds);
        joined.addAll(second.getList("events.id"));
        assertThat(both.getList("events.id")).isEqualTo(joined);
    }

    @Test
    void badCursorsLimitsAndTypesAre400NamingTheParameter() {
        for (String after : new String[] {"not-a-cursor", "MTIz", "LTEuMg", "%%%"}) {
            given().queryParam("after", after).get("/v1/events").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
        }
        for (String limit : new String[] {"0", "1001", "ten", "-1"}) {
            given().queryParam("limit", limit).get("/v1/events").then().statusCode(400)
                    .body("errors[0].field", equalTo("limit")).body("errors[0].reason", containsString("1000"));
        }
        given().queryParam("type", "Robert'); DROP").get("/v1/events").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        long stored = Database.count(dataSource, "SELECT count(*) FROM events");
        given().queryParam("after", "bad").get("/v1/events").then().statusCode(400);
        assertThat(Database.count(dataSource, "SELECT count(*) FROM events")).isEqualTo(stored);
    }

    /** Read on A's connection, which sees its own uncommitted event and B's committed one. */
    private static long seq(Connection connection, NewEvent event) throws java.sql.SQLException {
        try (var read = connection.prepareStatement("SELECT seq FROM events WHERE event_id = ?")) {
            read.setObject(1, event.eventId());
            try (var row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    private static JsonPath awaitEvent(String after, String type, String subject) {
        AtomicReference<String> cursor = new AtomicReference<>(after);
        AtomicReference<JsonPath> found = new AtomicReference<>();
        await("a " + type + " event about " + subject).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    JsonPath page = page(cursor.get(), type);
                    int at = page.getList("events.subject").indexOf(subject);
                    if (at >= 0) found.set(new JsonPath(page.prettify()).setRootPath("events[" + at + "]"));
                    cursor.set(page.getString("next"));
                    return at >= 0;
                });
        return found.get();
    }

    /** The cursor past every event the feed serves now. */
    private static String readToTheEnd(String after) {
        String cursor = after;
        while (true) {
            JsonPath page = page(cursor, null, 1000);
            cursor = page.getString("next");
            if (page.getList("events").size() < 1000) return cursor;
        }
    }

    private static JsonPath page(String after, String type) {
        return page(after, type, 1000);
    }

    private static JsonPath page(String after, String type, int limit) {
        var request = given().queryParam("limit", limit);
        if (after != null) request.queryParam("after", after);
        if (type != null) request.queryParam("type", type);
        return request.get("/v1/events").then().statusCode(200).extract().jsonPath();
    }
}
