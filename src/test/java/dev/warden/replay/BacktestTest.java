package dev.warden.replay;

import static org.awaitility.Awaitility.await;
import static dev.warden.testing.Requests.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** A backtest re-decides a range of recorded decisions under a candidate, in the background, changing nothing. */
@QuarkusTest
@TestProfile(ReplayProfile.class)
class BacktestTest {
    private static final String FROM = "2026-12-20T00:00:00Z";
    private static final String TO = "2026-12-20T01:00:00Z";

    @Inject
    DataSource dataSource;

    @Test
    void aLowerKycThresholdIsReportedAgainstTheRecordedDecisionsAndNothingRecordedChanges() throws Exception {
        String verified = uniqueId("cust");
        Decisions.putProfile(verified, Requests.verifiedProfile("Ivan Petrov"));
        JsonPath small = decide(uniqueId("nobody"), "2026-12-20T00:10:00Z", "2000");   // ALLOW -> REVIEW
        decide(uniqueId("nobody"), "2026-12-20T00:20:00Z", "5000");                   // REVIEW either way
        decide(verified, "2026-12-20T00:30:00Z", "2000");                             // ALLOW either way
        decide(uniqueId("nobody"), "2026-12-20T01:00:00Z", "2000");                   // outside [from, to)
        String before = snapshot();

        JsonPath job = submit("application/zip", CandidateRules.zip(CandidateRules.lowerKycThreshold()), FROM, TO)
                .statusCode(202).body("status", equalTo("QUEUED")).extract().jsonPath();
        JsonPath report = awaitDone(job.getString("id"));

        assertThat(report.getLong("report.decisions")).isEqualTo(3);
        assertThat(report.getMap("report.outcomesBefore")).containsEntry("ALLOW", 2).containsEntry("REVIEW", 1);
        assertThat(report.getMap("report.outcomesAfter")).containsEntry("ALLOW", 1).containsEntry("REVIEW", 2);
        assertThat(report.getMap("report.hitsBefore")).isEqualTo(Map.of(CandidateRules.KYC_RULE, 1));
        assertThat(report.getMap("report.hitsAfter")).isEqualTo(Map.of(CandidateRules.KYC_RULE, 2));
        assertThat(report.getLong("report.changed")).isEqualTo(1);
        assertThat(report.getString("report.changes[0].transactionId")).isEqualTo(small.getString("transactionId"));
        assertThat(report.getString("report.changes[0].decisionId")).isEqualTo(small.getString("decisionId"));
        assertThat(report.getString("report.changes[0].before")).isEqualTo("ALLOW");
        assertThat(report.getString("report.changes[0].after")).isEqualTo("REVIEW");
        assertThat(report.getList("report.changes[0].rulesAdded")).containsExactly(CandidateRules.KYC_RULE);
        assertThat(report.getString("report.candidateVersion")).isNotEqualTo(small.getString("ruleSetVersion"));

        // No body: the active set, which made these decisions, changes none of them.
        JsonPath active = awaitDone(submit(null, null, FROM, TO).statusCode(202).extract().jsonPath().getString("id"));
        assertThat(active.getLong("report.decisions")).isEqualTo(3);
        assertThat(active.getLong("report.changed")).isZero();
        assertThat(active.getString("report.candidateVersion")).isEqualTo(small.getString("ruleSetVersion"));

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anInvalidCandidateIsRejectedWithItsDiagnosticsAndBadRangesNameTheField() {
        Map<String, String> broken = CandidateRules.bundled();
        broken.put("policy/broken.drl", "package rules.policy;\nrule \"BROKEN\"\nwhen\n  Nothing(\nthen\nend\n");
        submit("application/zip", CandidateRules.zip(broken), FROM, TO).statusCode(422)
                .contentType("application/problem+json")
                .body("diagnostics[0].file", equalTo("policy/broken.drl"));
        submit(null, null, "yesterday", TO).statusCode(400).body("errors[0].field", equalTo("from"));
        submit(null, null, FROM, null).statusCode(400).body("errors[0].field", equalTo("to"));
        submit(null, null, TO, FROM).statusCode(400).body("errors[0].field", equalTo("to"));
        submit("text/plain", "rule".getBytes(), FROM, TO).statusCode(400).body("errors[0].field", equalTo("Content-Type"));
        given().get("/v1/rules/backtest/" + java.util.UUID.randomUUID()).then().statusCode(404);
        given().get("/v1/rules/backtest/nope").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    private static JsonPath decide(String party, String occurredAt, String amount) {
        return Decisions.decide(Requests.wire(uniqueId("bt"), occurredAt, amount, party, uniqueId("acc"), uniqueId("acc")));
    }

    private static io.restassured.response.ValidatableResponse submit(String contentType, byte[] body, String from,
            String to) {
        var request = given();
        if (from != null) request = request.queryParam("from", from);
        if (to != null) request = request.queryParam("to", to);
        if (contentType != null) request = request.contentType(contentType).body(body);
        return request.post("/v1/rules/backtest").then();
    }

    @Test
    void aCandidateThatNeverEndsOnRecordedDataIsStoppedAndReportedFailed() throws Exception {
        decide(uniqueId("nobody"), "2026-12-21T00:10:00Z", "4321");
        Map<String, String> spinning = CandidateRules.bundled();
        // No scenario makes it fire, so it validates; only the recorded decision sets it off.
        spinning.put("policy/spin.drl", "package rules.policy;\nimport dev.warden.facts.*;\nglobal Findings findings;\n"
                + "rule \"SPIN_ON_RECORDED\"\n    @category(POLICY) @severity(INFO) @description(\"spins\")\nwhen\n"
                + "    Transaction(amount == 4321)\nthen\n    long n = 0; while (true) { n++; }\nend\n");
        String id = submit("application/zip", CandidateRules.zip(spinning), "2026-12-21T00:00:00Z",
                "2026-12-21T01:00:00Z").statusCode(202).extract().jsonPath().getString("id");
        JsonPath job = awaitFinished(id, 120);
        assertThat(job.getString("status")).isEqualTo("FAILED");
        assertThat(job.getString("error")).contains("did not finish within");
        // The single backtest thread is free again: the next job runs.
        assertThat(awaitFinished(submit(null, null, FROM, TO).statusCode(202).extract().jsonPath().getString("id"), 60)
                .getString("status")).isEqualTo("DONE");
    }

    private static JsonPath awaitFinished(String id, int seconds) {
        return await("backtest " + id + " finished").atMost(Duration.ofSeconds(seconds))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/v1/rules/backtest/" + id).then().statusCode(200).extract().jsonPath(),
                        job -> List.of("DONE", "FAILED").contains(job.getString("status")));
    }

    /** Polls the job until it is finished; a backtest of three decisions takes well under the deadline. */
    private static JsonPath awaitDone(String id) throws InterruptedException {
        JsonPath job = awaitFinished(id, 60);
        assertThat(job.getString("status")).as("backtest %s: %s", id, job.getString("error")).isEqualTo("DONE");
        return job;
    }

    /** Row counts and the content of every stored row that a backtest must leave as it was. */
    private String snapshot() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT (SELECT count(*) FROM decisions) || '/' || (SELECT count(*) FROM transactions) || '/'
                            || (SELECT count(*) FROM party_profile_history) || '/'
                            || (SELECT md5(string_agg(request::text || response::text, ',' ORDER BY decision_id)) FROM decisions)
                            || '/' || (SELECT md5(string_agg(t::text, ',' ORDER BY transaction_id)) FROM transactions t)""")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
