package dev.warden.api;

import static dev.warden.testing.Requests.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.warden.testing.Database;
import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** transactionId is the idempotency key; recorded decisions read back exactly as answered. */
@QuarkusTest
class IdempotencyAndRetrievalTest {
    @Inject
    DataSource dataSource;

    @Test
    void sameIdSameBodyReturnsTheRecordedDecisionAndAddsNoHistoryRow() {
        String id = uniqueId("idem");
        String body = Requests.wire(id, "2026-11-20T10:15:30Z", "5000.00", uniqueId("cust"), uniqueId("acc"), uniqueId("acc"));
        JsonPath first = Decisions.decide(body);
        long stored = Database.storedRows(dataSource);

        // The same request, with the keys in another order and the amount written differently.
        String reordered = body.replace("\"amount\": \"5000.00\"", "\"amount\": \"5000\"");
        JsonPath again = given().contentType("application/json").body(reordered).post("/v1/decisions")
                .then().statusCode(200).header("Idempotent-Replay", "true").extract().jsonPath();

        assertThat(again.getString("decisionId")).isEqualTo(first.getString("decisionId"));
        assertThat(again.getString("outcome")).isEqualTo(first.getString("outcome"));
        assertThat(Database.storedRows(dataSource)).isEqualTo(stored);
        assertThat(Database.count(dataSource, "SELECT count(*) FROM transactions WHERE transaction_id = ?", id)).isEqualTo(1);
    }

    @Test
    void concurrentTwinsGetOneDecisionAndOneHistoryRow() throws Exception {
        String id = uniqueId("twins");
        String body = Requests.wire(id, "2026-11-20T10:15:30Z", "700", uniqueId("cust"), uniqueId("acc"), uniqueId("acc"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.Callable<String> post = () -> given().contentType("application/json")
                    .body(body).post("/v1/decisions").then().statusCode(200).extract().jsonPath().getString("decisionId");
            var answers = pool.invokeAll(java.util.Collections.nCopies(8, post));
            java.util.Set<String> decisionIds = new java.util.HashSet<>();
            for (var answer : answers) decisionIds.add(answer.get());
            assertThat(decisionIds).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(Database.count(dataSource, "SELECT count(*) FROM transactions WHERE transaction_id = ?", id)).isEqualTo(1);
        assertThat(Database.count(dataSource, "SELECT count(*) FROM decisions WHERE transaction_id = ?", id)).isEqualTo(1);
    }

    @Test
    void sameIdDifferentBodyIs409AndChangesNothing() {
        String id = uniqueId("conflict");
        String account = uniqueId("acc");
        JsonPath first = Decisions.decide(Requests.wire(id, "2026-11-20T10:15:30Z", "100.00", uniqueId("cust"), account, uniqueId("acc")));
        long stored = Database.storedRows(dataSource);
        given().contentType("application/json")
                .body(Requests.wire(id, "2026-11-20T10:15:30Z", "100.01", uniqueId("cust"), account, uniqueId("acc")))
                .post("/v1/decisions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", containsString(first.getString("decisionId")));
        assertThat(Database.storedRows(dataSource)).isEqualTo(stored);
    }

    @Test
    void aRecordedDecisionReadsBackByIdAndByTransactionId() {
        String id = uniqueId("read");
        String party = uniqueId("cust-read");
        JsonPath decided = Decisions.decide(Requests.wire(id, "2026-11-20T10:15:30Z", "4000", party, uniqueId("acc"), uniqueId("acc")));
        String decisionId = decided.getString("decisionId");

        given().get("/v1/decisions/" + decisionId).then().statusCode(200)
                .body("decisionId", equalTo(decisionId))
                .body("transactionId", equalTo(id))
                .body("outcome", equalTo("REVIEW"))
                .body("findings[0].ruleId", equalTo("KYC_UNVERIFIED_ABOVE_THRESHOLD"))
                .body("ruleSetVersion", equalTo(decided.getString("ruleSetVersion")));
        given().queryParam("transactionId", id).get("/v1/decisions").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].decisionId", equalTo(decisionId));
        given().queryParam("partyId", party).queryParam("outcome", "REVIEW").get("/v1/decisions").then().statusCode(200)
                .body("size()", equalTo(1));
        given().queryParam("partyId", party).queryParam("outcome", "BLOCK").get("/v1/decisions").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void theDecisionRecordKeepsRequestFindingsAndVersions() {
        String id = uniqueId("audit");
        JsonPath decided = Decisions.decide(Requests.wire(id, "2026-11-20T10:15:30Z", "4000", uniqueId("cust"), uniqueId("acc"), uniqueId("acc")));
        assertThat(Database.count(dataSource, "SELECT count(*) FROM decisions WHERE transaction_id = ? AND request->>'amount' = '4000'"
                + " AND jsonb_array_length(response->'findings') = 1 AND rule_set_version = ? AND watchlist_versions->>'WARDEN_SEED' IS NOT NULL",
                id, decided.getString("ruleSetVersion"))).isEqualTo(1);
        assertThat(decided.getString("ruleSetVersion")).startsWith("sha256:").hasSize(71);
        assertThat(decided.getMap("watchlists")).containsEntry("WARDEN_SEED", "2025-11-19");
        // The stages are parts of the whole: history and screening of enrichment (which also loads the KYC
        // profiles), enrichment, rules and the commit of the total. How long each takes is this machine's business.
        long history = decided.getLong("timings.historyMicros");
        long screening = decided.getLong("timings.screeningMicros");
        long enrich = decided.getLong("timings.enrichMicros");
        assertThat(history).isNotNegative();
        assertThat(screening).isNotNegative();
        assertThat(history + screening).isLessThanOrEqualTo(enrich);
        assertThat(enrich + decided.getLong("timings.rulesMicros") + decided.getLong("timings.persistMicros"))
                .isLessThanOrEqualTo(decided.getLong("timings.totalMicros"));
    }

    @Test
    void theAuditLogRefusesUpdatesAndDeletes() throws Exception {
        String id = uniqueId("immutable");
        Decisions.decide(Requests.wire(id, "2026-11-20T10:15:30Z", "10", uniqueId("cust"), uniqueId("acc"), uniqueId("acc")));
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate(
                    "UPDATE decisions SET outcome = 'ALLOW' WHERE transaction_id = '" + id + "'"))
                    .hasMessageContaining("append-only");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate(
                    "DELETE FROM decisions WHERE transaction_id = '" + id + "'"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void unknownDecisionIs404ProblemJson() {
        given().get("/v1/decisions/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }
}
