package dev.warden.api;

import static dev.warden.testing.Requests.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.warden.testing.Database;
import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * POST /v1/decisions/simulate answers what POST /v1/decisions would, from the same rules, profiles and history, and
 * records nothing: no decision, no history row, no alert, case or event; the transactionId stays free.
 */
@QuarkusTest
class SimulateTest {
    @Inject
    DataSource dataSource;

    @Test
    void aSimulatedReviewGivesTheDecisionsAnswerAndRecordsNothing() {
        String id = uniqueId("sim");
        String party = uniqueId("sim-party");
        // An unverified customer paying 5,000: REVIEW, which as a decision opens an alert in a case.
        String body = Requests.wire(id, "2026-11-20T10:15:30Z", "5000", party, uniqueId("acc"), uniqueId("acc"));
        long stored = Database.storedRows(dataSource);
        long events = Database.count(dataSource, "SELECT count(*) FROM events");

        JsonPath simulated = simulate(body);
        JsonPath again = simulate(body);

        assertThat(simulated.getString("outcome")).isEqualTo("REVIEW");
        assertThat(again.getString("outcome")).isEqualTo("REVIEW");
        assertThat(again.getString("decisionId")).as("a simulation's id names nothing stored")
                .isNotEqualTo(simulated.getString("decisionId"));
        assertThat(Database.storedRows(dataSource)).isEqualTo(stored);
        assertThat(Database.count(dataSource, "SELECT count(*) FROM events")).isEqualTo(events);
        assertThat(Database.count(dataSource, "SELECT count(*) FROM alerts WHERE party_id = ?", party)).isZero();
        assertThat(Database.count(dataSource, "SELECT count(*) FROM review_cases WHERE party_id = ?", party)).isZero();
        given().get("/v1/decisions/" + simulated.getString("decisionId")).then().statusCode(404);

        // The transactionId is still free, and the decision answers as the simulation did.
        JsonPath decided = given().contentType("application/json").body(body).post("/v1/decisions")
                .then().statusCode(200).header("Idempotent-Replay", "false").extract().jsonPath();
        assertThat(decided.getString("outcome")).isEqualTo(simulated.getString("outcome"));
        assertThat(decided.getInt("riskScore")).isEqualTo(simulated.getInt("riskScore"));
        assertThat(decided.getList("findings")).isEqualTo(simulated.getList("findings"));
        assertThat(decided.getString("ruleSetVersion")).isEqualTo(simulated.getString("ruleSetVersion"));
        assertThat(Database.count(dataSource, "SELECT count(*) FROM transactions WHERE transaction_id = ?", id))
                .isEqualTo(1);
        assertThat(Database.count(dataSource, "SELECT count(*) FROM alerts WHERE party_id = ?", party)).isEqualTo(1);
    }

    @Test
    void aSimulationReadsTheRecordedHistoryAddsNothingToItAndAnswersAsTheDecision() {
        String party = uniqueId("sim-hist");
        String from = uniqueId("acc");
        String to = uniqueId("acc");
        Decisions.putProfile(party, Requests.verifiedProfile("Verified Customer"));
        // Two transfers just under 10,000 USD from one account are recorded; a third within 24 hours is structuring,
        // which only the history shows.
        Decisions.decide(Requests.wire(uniqueId("sim-h"), "2026-11-20T09:00:00Z", "9500", party, from, to));
        Decisions.decide(Requests.wire(uniqueId("sim-h"), "2026-11-20T10:00:00Z", "9600", party, from, to));
        long history = Database.count(dataSource, "SELECT count(*) FROM transactions");

        String third = Requests.wire(uniqueId("sim-h"), "2026-11-20T11:00:00Z", "9700", party, from, to);
        JsonPath simulated = simulate(third);
        simulate(third);
        assertThat(simulated.getList("findings.ruleId", String.class)).contains("LAYERING_STRUCTURING");
        // The same payment from an account with no history: the rule needs the two recorded transfers.
        JsonPath withoutHistory = simulate(Requests.wire(uniqueId("sim-h"), "2026-11-20T11:00:00Z", "9700", party,
                uniqueId("acc"), to));
        assertThat(withoutHistory.getList("findings.ruleId", String.class)).doesNotContain("LAYERING_STRUCTURING");
        assertThat(Database.count(dataSource, "SELECT count(*) FROM transactions")).isEqualTo(history);

        JsonPath decided = Decisions.decide(third);
        assertThat(decided.getString("outcome")).isEqualTo(simulated.getString("outcome"));
        assertThat(decided.getList("findings")).isEqualTo(simulated.getList("findings"));
    }

    @Test
    void badInputIsTheSame400AsForADecisionAndStoresNothing() {
        long stored = Database.storedRows(dataSource);
        String body = Requests.wire(uniqueId("sim-bad"), "2026-11-20T10:15:30Z", "-5.00", uniqueId("cust"),
                uniqueId("acc"), uniqueId("acc"));
        given().contentType("application/json").body(body).post("/v1/decisions/simulate")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("amount"))
                .body("errors.find { it.field == 'amount' }.reason", containsString("greater than 0"));
        given().contentType("application/json").body("{\"transactionId\": \"x\", \"unexpected\": 1}")
                .post("/v1/decisions/simulate")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("unexpected"));
        assertThat(Database.storedRows(dataSource)).isEqualTo(stored);
    }

    private static JsonPath simulate(String body) {
        return given().contentType("application/json").body(body).post("/v1/decisions/simulate")
                .then().statusCode(200).contentType("application/json")
                .header(DecisionResource.SIMULATED, "true").extract().jsonPath();
    }
}
