package dev.warden.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.warden.facts.Severity;
import dev.warden.testing.Database;
import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The review loop over HTTP, on the real rules and PostgreSQL: REVIEW and BLOCK decisions open alerts in their
 * customer's case; officers claim, comment and propose; a supervisor other than the proposer approves what needs
 * four eyes; every step is in the case log, the events and the decision's record.
 */
@QuarkusTest
class ReviewLoopTest {
    private static final String GRINEX_WALLET = "TL1k1U6SHohxBqb68kCodxHc9y2LXoDSep";

    @Inject
    DataSource dataSource;
    @Inject
    AlertIntake intake;
    @Inject
    CaseWork work;

    @Test
    void aReviewOpensOneAlertInThePartysCaseASecondJoinsItAllowAndRepeatsOpenNone() {
        String party = Requests.uniqueId("rv-party");
        String firstId = Requests.uniqueId("rv-1");
        String firstBody = review(firstId, party);
        JsonPath first = Decisions.decide(firstBody);
        assertThat(first.getString("outcome")).isEqualTo("REVIEW");

        List<Map<String, Object>> alerts = alerts().queryParam("party", party).get("/v1/alerts")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("decisionId", first.getString("decisionId")).containsEntry("source", "DECISION")
                    .containsEntry("severity", "REVIEW").containsEntry("status", "OPEN").containsEntry("state", "OPEN")
                    .containsEntry("priority", 100 + first.getInt("riskScore")).containsEntry("partyId", party);
            assertThat(a.get("rules").toString()).contains("KYC_UNVERIFIED_ABOVE_THRESHOLD");
            assertThat((List<?>) a.get("findings")).isNotEmpty();
        });
        String caseId = (String) alerts.get(0).get("caseId");

        JsonPath second = Decisions.decide(review(Requests.uniqueId("rv-2"), party));
        JsonPath theCase = caseOf(caseId);
        assertThat(theCase.getList("alerts.decisionId")).containsExactly(first.getString("decisionId"),
                second.getString("decisionId"));
        assertThat(theCase.getString("status")).isEqualTo("OPEN");
        assertThat(theCase.getString("customerKey")).isEqualTo("party:" + party);
        assertThat(theCase.getList("log.action")).containsExactly("OPENED", "ALERT_JOINED", "ALERT_JOINED");
        assertThat(theCase.getList("log.actor")).containsOnly("warden");
        assertThat(alerts().queryParam("party", party).get("/v1/cases").then().extract().jsonPath().getList("caseId"))
                .containsExactly(caseId);

        // The decision.flagged event carries the alert and the case.
        assertThat(Database.count(dataSource, "SELECT count(*) FROM events WHERE type = 'decision.flagged' AND subject = ?"
                + " AND payload->>'caseId' = ? AND payload->>'alertId' IS NOT NULL AND payload->>'dueAt' IS NOT NULL",
                first.getString("decisionId"), caseId)).isEqualTo(1);

        // A repeat of the same request opens nothing; an ALLOW opens nothing.
        given().contentType("application/json").body(firstBody).post("/v1/decisions")
                .then().statusCode(200).header("Idempotent-Replay", "true");
        assertThat(Database.count(dataSource, "SELECT count(*) FROM alerts WHERE transaction_id = ?", firstId)).isEqualTo(1);
        String allowed = Requests.uniqueId("rv-allow");
        assertThat(Decisions.decide(Requests.wire(allowed, "2026-11-20T10:15:30Z", "100", Requests.uniqueId("rv-small"),
                Requests.uniqueId("a"), Requests.uniqueId("a"))).getString("outcome")).isEqualTo("ALLOW");
        assertThat(Database.count(dataSource, "SELECT count(*) FROM alerts WHERE transaction_id = ?", allowed)).isZero();
    }

    @Test
    void aReviewReleasedByOneOfficerClosesAtOnceAndTheDecisionShowsTheOutcome() {
        String party = Requests.uniqueId("rv-release");
        JsonPath decision = Decisions.decide(review(Requests.uniqueId("rv-r"), party));
        JsonPath alert = alertOfDecision(decision.getString("decisionId"));
        String caseId = alert.getString("caseId");
        given().get("/v1/decisions/" + decision.getString("decisionId")).then().statusCode(200)
                .body("outcome", equalTo("REVIEW")).body("review.state", equalTo("OPEN"))
                .body("review.caseId", equalTo(caseId));

        as("test-officer").post("/v1/cases/" + caseId + "/claim").then().statusCode(200)
                .body("status", equalTo("IN_REVIEW")).body("assignee", equalTo("test-officer"));
        as("test-officer").contentType("application/json").body("{\"comment\": \"called the customer\"}")
                .post("/v1/cases/" + caseId + "/comment").then().statusCode(200);
        as("test-officer").contentType("application/json").body("""
                {"disposition": "FALSE_POSITIVE", "outcomes": {"%s": "RELEASE"}, "narrative": "KYC renewal in progress"}
                """.formatted(alert.getString("alertId")))
                .post("/v1/cases/" + caseId + "/propose").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("disposition", equalTo("FALSE_POSITIVE"))
                .body("alerts[0].paymentOutcome", equalTo("RELEASE")).body("alerts[0].disposedBy", equalTo("test-officer"));

        JsonPath closed = caseOf(caseId);
        assertThat(closed.getList("log.action")).containsExactly("OPENED", "ALERT_JOINED", "CLAIMED", "COMMENTED",
                "PROPOSED", "CLOSED");
        assertThat(closed.getList("log.actor")).containsExactly("warden", "warden", "test-officer", "test-officer",
                "test-officer", "test-officer");
        assertThat(closed.getString("log[3].reason")).isEqualTo("called the customer");
        assertThat(closed.getString("log[4].reason")).isEqualTo("KYC renewal in progress");
        given().get("/v1/decisions/" + decision.getString("decisionId")).then().statusCode(200)
                .body("decisionId", equalTo(decision.getString("decisionId")))
                .body("review.state", equalTo("DISPOSED")).body("review.paymentOutcome", equalTo("RELEASE"))
                .body("review.disposition", equalTo("FALSE_POSITIVE"));
        assertThat(Database.count(dataSource, "SELECT count(*) FROM events WHERE type = 'alert.disposed' AND subject = ?"
                + " AND payload->>'paymentOutcome' = 'RELEASE' AND payload->>'decisionId' = ?",
                alert.getString("alertId"), decision.getString("decisionId"))).isEqualTo(1);
        assertThat(Database.count(dataSource, "SELECT count(*) FROM events WHERE type = 'case.closed' AND subject = ?"
                + " AND payload->>'disposition' = 'FALSE_POSITIVE'", caseId)).isEqualTo(1);

        // Closed: claiming is a 409 naming the status; reopening needs a reason and puts the case in review.
        as("test-officer").post("/v1/cases/" + caseId + "/claim").then().statusCode(409)
                .contentType("application/problem+json").body("title", containsString("CLOSED"));
        as("test-officer").contentType("application/json").body("{}").post("/v1/cases/" + caseId + "/reopen")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as("test-officer").contentType("application/json").body("{\"reason\": \"adverse media\"}")
                .post("/v1/cases/" + caseId + "/reopen").then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        as("test-officer").contentType("application/json").body("{\"reason\": \"again\"}")
                .post("/v1/cases/" + caseId + "/reopen").then().statusCode(409).body("title", containsString("IN_REVIEW"));
        assertThat(caseOf(caseId).getList("log.action")).endsWith("CLOSED", "REOPENED");
        // The alert's outcome stays final: the payment was released.
        given().get("/v1/decisions/" + decision.getString("decisionId")).then().body("review.state", equalTo("DISPOSED"));
    }

    @Test
    void releasingABlockWaitsForASupervisorWhoIsNotTheProposer() {
        String party = verifiedCustomer();
        JsonPath blocked = Decisions.decide(Requests.cryptoTransfer(Requests.uniqueId("rv-b"), party, "2500", GRINEX_WALLET, "TRON"));
        assertThat(blocked.getString("outcome")).isEqualTo("BLOCK");
        JsonPath alert = alertOfDecision(blocked.getString("decisionId"));
        String caseId = alert.getString("caseId");
        assertThat(alert.getInt("priority")).isEqualTo(200 + blocked.getInt("riskScore"));
        String release = """
                {"disposition": "FALSE_POSITIVE", "outcomes": {"%s": "RELEASE"}, "narrative": "a different wallet owner"}
                """.formatted(alert.getString("alertId"));

        // test-all has every role, supervisor included: as the proposer it still cannot approve.
        as("test-all").contentType("application/json").body(release).post("/v1/cases/" + caseId + "/propose")
                .then().statusCode(200).body("status", equalTo("PENDING_APPROVAL"))
                .body("alerts[0].state", equalTo("PENDING_APPROVAL")).body("alerts[0].proposedOutcome", equalTo("RELEASE"));
        given().get("/v1/decisions/" + blocked.getString("decisionId")).then().body("review.state", equalTo("PENDING_APPROVAL"));
        as("test-all").contentType("application/json").body("{}").post("/v1/cases/" + caseId + "/approve")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("four eyes"));
        as("test-officer").contentType("application/json").body("{}").post("/v1/cases/" + caseId + "/approve")
                .then().statusCode(403).body("detail", containsString("supervisor role"));
        as("test-officer").post("/v1/cases/" + caseId + "/claim").then().statusCode(409)
                .body("title", containsString("PENDING_APPROVAL"));

        // Sent back: in review again, nothing disposed.
        as("test-supervisor").contentType("application/json").body("{\"reason\": \"ask for the wallet proof\"}")
                .post("/v1/cases/" + caseId + "/return").then().statusCode(200).body("status", equalTo("IN_REVIEW"))
                .body("alerts[0].state", equalTo("OPEN"));
        as("test-all").contentType("application/json").body(release).post("/v1/cases/" + caseId + "/propose")
                .then().statusCode(200).body("status", equalTo("PENDING_APPROVAL"));

        // A BLOCK of the same customer joins while the proposal waits: it is not part of the proposal.
        JsonPath later = Decisions.decide(Requests.cryptoTransfer(Requests.uniqueId("rv-b2"), party, "900", GRINEX_WALLET, "TRON"));
        JsonPath laterAlert = alertOfDecision(later.getString("decisionId"));
        assertThat(laterAlert.getString("caseId")).isEqualTo(caseId);
        assertThat(laterAlert.getString("state")).isEqualTo("OPEN");

        as("test-supervisor").contentType("application/json").body("{\"comment\": \"proof seen\"}")
                .post("/v1/cases/" + caseId + "/approve").then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        given().get("/v1/alerts/" + alert.getString("alertId")).then().statusCode(200)
                .body("state", equalTo("DISPOSED")).body("paymentOutcome", equalTo("RELEASE"))
                .body("disposedBy", equalTo("test-all")).body("approvedBy", equalTo("test-supervisor"));
        assertThat(Database.count(dataSource, "SELECT count(*) FROM events WHERE type = 'alert.disposed' AND subject = ?"
                + " AND payload->>'approvedBy' = 'test-supervisor'", alert.getString("alertId"))).isEqualTo(1);

        // Rejecting the later BLOCK needs no second person: the case closes at once.
        as("test-officer").contentType("application/json").body("""
                {"disposition": "TRUE_POSITIVE_NO_REPORT", "outcomes": {"%s": "REJECT"}, "narrative": "listed wallet"}
                """.formatted(laterAlert.getString("alertId"))).post("/v1/cases/" + caseId + "/propose")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        assertThat(caseOf(caseId).getList("log.action")).containsExactly("OPENED", "ALERT_JOINED", "PROPOSED",
                "RETURNED", "PROPOSED", "ALERT_JOINED", "APPROVED", "PROPOSED", "CLOSED");
        given().get("/v1/decisions/" + later.getString("decisionId")).then()
                .body("review.paymentOutcome", equalTo("REJECT")).body("review.disposition", equalTo("TRUE_POSITIVE_NO_REPORT"));
    }

    @Test
    void aReportWaitsForApprovalAndItsCaseFileHoldsTheSubjectsDecisionsAndNarrative() throws SQLException {
        String party = Requests.uniqueId("rv-sar");
        Decisions.putProfile(party, Requests.profile("Ivan Petrov", "PENDING", null, null));
        JsonPath decision = Decisions.decide(review(Requests.uniqueId("rv-sar"), party));
        JsonPath alert = alertOfDecision(decision.getString("decisionId"));
        String caseId = alert.getString("caseId");
        as("test-officer").contentType("application/json").body("""
                {"disposition": "REPORTED", "outcomes": {"%s": "REJECT"}, "narrative": "structuring through a new account"}
                """.formatted(alert.getString("alertId"))).post("/v1/cases/" + caseId + "/propose")
                .then().statusCode(200).body("status", equalTo("PENDING_APPROVAL"));

        CaseFile file;
        try (Connection connection = dataSource.getConnection()) {
            file = work.caseFiles().gather(connection, UUID.fromString(caseId), "test-supervisor", java.time.Instant.now());
        }
        assertThat(file.narrative()).isEqualTo("structuring through a new account");
        assertThat(file.disposition()).isEqualTo(ReviewTypes.Disposition.REPORTED);
        assertThat(file.subjects()).singleElement().satisfies(s -> assertThat(s).containsEntry("party_id", party)
                .containsEntry("kyc_status", "PENDING"));
        assertThat(file.alerts()).singleElement().satisfies(a -> {
            assertThat(a.decisionId().toString()).isEqualTo(decision.getString("decisionId"));
            assertThat(a.decisionRequestJson()).contains(party);
            assertThat(a.decisionResponseJson()).contains("KYC_UNVERIFIED_ABOVE_THRESHOLD");
            assertThat(a.transaction()).containsEntry("transaction_id", decision.getString("transactionId"));
        });

        as("test-supervisor").contentType("application/json").body("{}").post("/v1/cases/" + caseId + "/approve")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("disposition", equalTo("REPORTED"));
    }

    @Test
    void theCaseLogRefusesUpdatesAndDeletes() {
        String party = Requests.uniqueId("rv-log");
        JsonPath alert = alertOfDecision(Decisions.decide(review(Requests.uniqueId("rv-log"), party)).getString("decisionId"));
        for (String change : List.of("UPDATE case_log SET actor = 'someone' WHERE case_id = ?",
                "DELETE FROM case_log WHERE case_id = ?")) {
            assertThatThrownBy(() -> {
                try (Connection c = dataSource.getConnection(); var s = c.prepareStatement(change)) {
                    s.setObject(1, UUID.fromString(alert.getString("caseId")));
                    s.executeUpdate();
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(caseOf(alert.getString("caseId")).getList("log.action")).containsExactly("OPENED", "ALERT_JOINED");
    }

    /** An action inside a transaction that rolls back leaves no trace: no disposal, no log row, no event. */
    @Test
    void aRolledBackActionLeavesNoEventAndNoLogRow() {
        String party = Requests.uniqueId("rv-rollback");
        JsonPath alert = alertOfDecision(Decisions.decide(review(Requests.uniqueId("rv-rb"), party)).getString("decisionId"));
        UUID caseId = UUID.fromString(alert.getString("caseId"));
        QuarkusTransaction.begin();
        try {
            work.propose(caseId, new CaseRequests.Proposal(ReviewTypes.Disposition.FALSE_POSITIVE,
                    Map.of(UUID.fromString(alert.getString("alertId")), ReviewTypes.PaymentOutcome.RELEASE), "never"),
                    new Actor("test-officer", false));
            // Read on this thread's connection, the transaction's: the case.closed event is written there.
            assertThat(Database.count(dataSource, "SELECT count(*) FROM events WHERE subject = ?", caseId.toString()))
                    .as("the event is in the action's transaction").isEqualTo(1);
        } finally {
            QuarkusTransaction.rollback();
        }
        assertThat(Database.count(dataSource, "SELECT count(*) FROM events WHERE type IN ('alert.disposed', 'case.closed')"
                + " AND (subject = ? OR subject = ?)", caseId.toString(), alert.getString("alertId"))).isZero();
        JsonPath after = caseOf(caseId.toString());
        assertThat(after.getString("status")).isEqualTo("OPEN");
        assertThat(after.getList("log.action")).containsExactly("OPENED", "ALERT_JOINED");
    }

    @Test
    void theQueuesFilterSortAndPage() throws SQLException {
        String party = Requests.uniqueId("rv-queue");
        UUID weak;
        UUID strong;
        try (Connection c = dataSource.getConnection()) {
            weak = intake.open(c, new RescreeningMatch(party, Severity.REVIEW, "WARDEN_SEED", "e-1", "Ivan Petrov",
                    "Ivan Petrov", 0.5, "name"));
            strong = intake.open(c, new RescreeningMatch(party, Severity.REVIEW, "WARDEN_SEED", "e-2", "Ivan Petrow",
                    "Ivan Petrov", 0.9, "name"));
        }
        JsonPath blocked = Decisions.decide(Requests.cryptoTransfer(Requests.uniqueId("rv-q"), verifiedAs(party), "100",
                GRINEX_WALLET, "TRON"));
        String block = alertOfDecision(blocked.getString("decisionId")).getString("alertId");

        assertThat(alertIds(Map.of("party", party))).containsExactly(block, strong.toString(), weak.toString());
        assertThat(alertIds(Map.of("party", party, "sort", "due"))).containsExactly(block, weak.toString(), strong.toString());
        assertThat(alertIds(Map.of("party", party, "size", "1", "page", "1"))).containsExactly(strong.toString());
        assertThat(alertIds(Map.of("party", party, "severity", "BLOCK"))).containsExactly(block);
        assertThat(alertIds(Map.of("party", party, "rule", "SANCTIONS_WALLET_EXACT"))).containsExactly(block);
        assertThat(alertIds(Map.of("party", party, "status", "DISPOSED"))).isEmpty();
        assertThat(alertIds(Map.of("party", party, "overdue", "true"))).isEmpty();
        // Past due: the alert, and its case (whose due time is its alerts' earliest).
        Database.count(dataSource, "WITH late AS (UPDATE alerts SET due_at = now() - interval '1 hour' WHERE alert_id = ?"
                + " RETURNING case_id), moved AS (UPDATE review_cases SET due_at = now() - interval '1 hour'"
                + " WHERE case_id IN (SELECT case_id FROM late) RETURNING 1) SELECT count(*) FROM moved", weak);
        assertThat(alertIds(Map.of("party", party, "overdue", "true"))).containsExactly(weak.toString());
        assertThat(alertIds(Map.of("party", party, "overdue", "false"))).containsExactly(block, strong.toString());
        given().get("/v1/alerts/" + weak).then().statusCode(200).body("source", equalTo("RESCREENING"))
                .body("subject.entryId", equalTo("e-1")).body("overdue", equalTo(true)).body("riskScore", equalTo(50));

        // One case holds all three; the case queue filters by what its alerts are and by its assignee.
        String caseId = alertOfDecision(blocked.getString("decisionId")).getString("caseId");
        assertThat(caseIds(Map.of("party", party))).containsExactly(caseId);
        assertThat(caseIds(Map.of("party", party, "severity", "BLOCK", "rule", "SANCTIONS_WALLET_EXACT"))).containsExactly(caseId);
        assertThat(caseIds(Map.of("party", party, "assignee", "test-officer"))).isEmpty();
        as("test-officer").post("/v1/cases/" + caseId + "/claim").then().statusCode(200);
        assertThat(caseIds(Map.of("party", party, "assignee", "test-officer", "status", "IN_REVIEW"))).containsExactly(caseId);
        assertThat(caseIds(Map.of("party", party, "status", "CLOSED"))).isEmpty();
        JsonPath theCase = caseOf(caseId);
        assertThat(theCase.getInt("priority")).isEqualTo(200 + blocked.getInt("riskScore"));
        assertThat(theCase.getBoolean("overdue")).isTrue();
        assertThat(caseIds(Map.of("party", party, "overdue", "true"))).containsExactly(caseId);
    }

    @Test
    void badParametersAndBodiesAre400NamingTheField() {
        for (String[] bad : new String[][] {{"sort", "oldest"}, {"overdue", "maybe"}, {"severity", "INFO"},
                {"status", "NOPE"}, {"size", "0"}, {"page", "-1"}, {"size", "501"}}) {
            for (String queue : List.of("/v1/alerts", "/v1/cases")) {
                given().queryParam(bad[0], bad[1]).get(queue).then().statusCode(400)
                        .contentType("application/problem+json").body("errors[0].field", equalTo(bad[0]));
            }
        }
        given().get("/v1/cases/not-a-uuid").then().statusCode(400).body("errors[0].field", equalTo("caseId"));
        given().get("/v1/alerts/not-a-uuid").then().statusCode(400).body("errors[0].field", equalTo("alertId"));
        given().get("/v1/cases/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");

        String party = Requests.uniqueId("rv-bad");
        JsonPath alert = alertOfDecision(Decisions.decide(review(Requests.uniqueId("rv-bad"), party)).getString("decisionId"));
        String caseId = alert.getString("caseId");
        given().contentType("application/json").body("{\"disposition\": \"FALSE_POSITIVE\", \"narrative\": \"x\"}")
                .post("/v1/cases/" + caseId + "/propose").then().statusCode(400)
                .body("errors[0].field", equalTo("outcomes." + alert.getString("alertId")));
        given().contentType("application/json").body("{\"disposition\": \"FALSE_POSITIVE\", \"narrative\": \"x\", "
                + "\"outcomes\": {\"" + UUID.randomUUID() + "\": \"RELEASE\"}}")
                .post("/v1/cases/" + caseId + "/propose").then().statusCode(400)
                .body("errors[0].reason", containsString("not an open alert of this case"));
        given().contentType("application/json").body("{\"assignee\": \"olga\", \"actor\": \"someone\"}")
                .post("/v1/cases/" + caseId + "/assign").then().statusCode(400).body("errors[0].field", equalTo("actor"));
        given().contentType("application/json").body("{\"reason\": \"x\"}")
                .post("/v1/cases/" + caseId + "/approve").then().statusCode(400);
        given().contentType("application/json").body("{\"reason\": \"not pending\"}")
                .post("/v1/cases/" + caseId + "/return").then().statusCode(409).body("title", containsString("OPEN"));
        assertThat(caseOf(caseId).getList("log.action")).containsExactly("OPENED", "ALERT_JOINED");
    }

    @Test
    void assignGivesTheCaseToANamedUser() {
        String party = Requests.uniqueId("rv-assign");
        String caseId = alertOfDecision(Decisions.decide(review(Requests.uniqueId("rv-as"), party)).getString("decisionId"))
                .getString("caseId");
        as("test-supervisor").contentType("application/json").body("{\"assignee\": \"olga\", \"reason\": \"speaks Kyrgyz\"}")
                .post("/v1/cases/" + caseId + "/assign").then().statusCode(200)
                .body("assignee", equalTo("olga")).body("status", equalTo("IN_REVIEW"))
                .body("log[2].action", equalTo("ASSIGNED")).body("log[2].actor", equalTo("test-supervisor"))
                .body("log[2].detail.assignee", equalTo("olga")).body("log[2].reason", equalTo("speaks Kyrgyz"));
    }

    private static String review(String transactionId, String party) {
        return Requests.wire(transactionId, "2026-11-20T10:15:30Z", "5000", party, Requests.uniqueId("acc"),
                Requests.uniqueId("acc"));
    }

    private static String verifiedCustomer() {
        return verifiedAs(Requests.uniqueId("rv-ok"));
    }

    private static String verifiedAs(String party) {
        Decisions.putProfile(party, Requests.verifiedProfile("Verified Customer"));
        return party;
    }

    private static RequestSpecification as(String key) {
        return given().header("X-API-Key", key);
    }

    private static RequestSpecification alerts() {
        return given();
    }

    private static JsonPath caseOf(String caseId) {
        return given().get("/v1/cases/" + caseId).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath alertOfDecision(String decisionId) {
        String alertId = given().get("/v1/decisions/" + decisionId).then().statusCode(200).extract().path("review.alertId");
        assertThat(alertId).as("the decision's alert").isNotNull();
        return given().get("/v1/alerts/" + alertId).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> alertIds(Map<String, String> params) {
        return given().queryParams(params).get("/v1/alerts").then().statusCode(200).extract().jsonPath().getList("alertId");
    }

    private static List<String> caseIds(Map<String, String> params) {
        return given().queryParams(params).get("/v1/cases").then().statusCode(200).extract().jsonPath().getList("caseId");
    }
}
