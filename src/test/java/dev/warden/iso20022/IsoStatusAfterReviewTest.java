package dev.warden.iso20022;

import static dev.warden.testing.Requests.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.prowidesoftware.swift.model.mx.dic.PaymentTransaction110;

import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The second pacs.002 (issue 26, point 3): a transfer that came as pacs.008 and was held for review gets its final
 * status through the events and on GET /v1/decisions/{id}/status-report once its case ends, echoing the original ids.
 */
@QuarkusTest
class IsoStatusAfterReviewTest {

    @Test
    void aReleaseApprovedByASecondPersonSendsAnAccpReportEchoingTheOriginalIds() {
        Held held = heldForReview();
        as("test-officer").contentType("application/json").body("""
                {"disposition": "REPORTED", "outcomes": {"%s": "RELEASE"}, "narrative": "filed, payment let go"}
                """.formatted(held.alertId())).post("/v1/cases/" + held.caseId() + "/propose")
                .then().statusCode(200).body("status", equalTo("PENDING_APPROVAL"));
        // Proposed, not final: no second report yet, and the current one is still pending.
        assertThat(statusReportEvents(held.decisionId())).isEmpty();
        assertThat(current(held).getTxSts()).isEqualTo("PDNG");

        as("test-supervisor").contentType("application/json").body("{}").post("/v1/cases/" + held.caseId() + "/approve")
                .then().statusCode(200).body("status", equalTo("CLOSED"));

        JsonPath event = onlyEvent(held.decisionId());
        assertThat(event.getString("data.transactionStatus")).isEqualTo("ACCP");
        assertThat(event.getString("data.paymentOutcome")).isEqualTo("RELEASE");
        assertThat(event.getString("data.alertId")).isEqualTo(held.alertId());
        assertThat(event.getString("data.originalMessageId")).isEqualTo(held.messageId());
        assertThat(event.getString("data.href")).isEqualTo("/v1/decisions/" + held.decisionId() + "/status-report");
        String report = event.getString("data.statusReport");
        PaymentTransaction110 released = IsoMessages.onlyTransaction(report, held.messageId());
        assertThat(released.getTxSts()).isEqualTo("ACCP");
        assertOriginalIds(released, held);
        assertThat(released.getStsRsnInf().get(0).getRsn()).isNull();
        assertThat(released.getStsRsnInf().get(0).getAddtlInf()).containsExactly("Warden decision " + held.decisionId(),
                "released after review");
        // The report on GET is the same document as the event's.
        assertThat(currentXml(held)).isEqualTo(report);
    }

    @Test
    void aRejectionSendsRjctWithRr04AndABlockOrAJsonDecisionGetsNoSecondReport() {
        Held held = heldForReview();
        as("test-officer").contentType("application/json").body("""
                {"disposition": "TRUE_POSITIVE_NO_REPORT", "outcomes": {"%s": "REJECT"}, "narrative": "no valid KYC"}
                """.formatted(held.alertId())).post("/v1/cases/" + held.caseId() + "/propose")
                .then().statusCode(200).body("status", equalTo("CLOSED"));

        PaymentTransaction110 rejected = IsoMessages.onlyTransaction(onlyEvent(held.decisionId())
                .getString("data.statusReport"), held.messageId());
        assertThat(rejected.getTxSts()).isEqualTo("RJCT");
        assertThat(rejected.getStsRsnInf().get(0).getRsn().getCd()).isEqualTo("RR04");
        assertOriginalIds(rejected, held);
        assertThat(current(held).getTxSts()).isEqualTo("RJCT");

        // A BLOCK answered RJCT, final in ISO 20022: its review ends without a second report.
        String uetr = UUID.randomUUID().toString();
        String msgId = uniqueId("FDN");
        String blocked = given().contentType("application/xml").body(IsoMessages.filled(
                "pacs008-fednow-russian-intermediary.xml", Map.of("msgId", msgId, "uetr", uetr,
                        "debtorAccount", uniqueId("acc"), "creditorAccount", uniqueId("acc"))))
                .post("/v1/decisions").then().statusCode(200).extract().path("decisions[0].decision.decisionId");
        JsonPath alert = alertOf(blocked);
        as("test-officer").contentType("application/json").body("""
                {"disposition": "TRUE_POSITIVE_NO_REPORT", "outcomes": {"%s": "REJECT"}, "narrative": "sanctioned bank"}
                """.formatted(alert.getString("alertId"))).post("/v1/cases/" + alert.getString("caseId") + "/propose")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        assertThat(statusReportEvents(blocked)).isEmpty();
        assertThat(IsoMessages.onlyTransaction(given().accept("application/xml").get("/v1/decisions/" + blocked
                + "/status-report").then().statusCode(200).extract().asString(), msgId).getTxSts()).isEqualTo("RJCT");

        // A decision that came as JSON has no status report; an unknown decision neither.
        String json = Decisions.decide(Requests.wire(uniqueId("iso-json"), "2026-11-20T10:15:30Z", "100",
                uniqueId("p"), uniqueId("a"), uniqueId("a"))).getString("decisionId");
        given().accept("application/xml").get("/v1/decisions/" + json + "/status-report").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("came as JSON"));
        given().accept("application/xml").get("/v1/decisions/" + UUID.randomUUID() + "/status-report").then()
                .statusCode(404).body("detail", containsString("no decision"));
    }

    /** A pacs.008 transfer of a customer whose KYC lapsed: REVIEW, answered PDNG, with an open alert. */
    private static Held heldForReview() {
        String uetr = UUID.randomUUID().toString();
        String msgId = uniqueId("CBPR");
        String customer = uniqueId("cust");
        Decisions.putProfile(customer, Requests.profile("Hansa Maschinenbau GmbH", "VERIFIED", "2024-01-10", "2025-01-10"));
        String first = given().contentType("application/xml").accept("application/xml")
                .body(IsoMessages.filled("pacs008-cbpr-intermediary.xml", Map.of("msgId", msgId, "uetr", uetr,
                        "partyId", customer)))
                .post("/v1/decisions").then().statusCode(200).extract().asString();
        PaymentTransaction110 pending = IsoMessages.onlyTransaction(first, msgId);
        assertThat(pending.getTxSts()).isEqualTo("PDNG");
        String decisionId = given().get("/v1/decisions?transactionId=" + uetr).then().statusCode(200)
                .extract().path("[0].decisionId");
        Held held = new Held(decisionId, msgId, uetr, alertOf(decisionId).getString("alertId"),
                alertOf(decisionId).getString("caseId"));
        PaymentTransaction110 current = current(held);
        assertThat(current.getTxSts()).isEqualTo("PDNG");
        assertOriginalIds(current, held);
        return held;
    }

    private record Held(String decisionId, String messageId, String uetr, String alertId, String caseId) {
    }

    private static void assertOriginalIds(PaymentTransaction110 status, Held held) {
        assertThat(status.getOrgnlUETR()).isEqualTo(held.uetr());
        assertThat(status.getOrgnlEndToEndId()).isEqualTo("INV-2026-0815");
        assertThat(status.getOrgnlInstrId()).isEqualTo("INSTR-0001");
    }

    private static PaymentTransaction110 current(Held held) {
        return IsoMessages.onlyTransaction(currentXml(held), held.messageId());
    }

    private static String currentXml(Held held) {
        return given().accept("application/xml").get("/v1/decisions/" + held.decisionId() + "/status-report")
                .then().statusCode(200).contentType("application/xml").extract().asString();
    }

    private static JsonPath onlyEvent(String decisionId) {
        // The feed serves an event once no older transaction is still running: a moment at most.
        List<Map<String, Object>> events = await().atMost(Duration.ofSeconds(10))
                .until(() -> statusReportEvents(decisionId), found -> !found.isEmpty());
        assertThat(events).hasSize(1);
        return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(events.get(0)).toString());
    }

    /** The decision.status-report events about a decision, read from the feed as a client reads them. */
    private static List<Map<String, Object>> statusReportEvents(String decisionId) {
        List<Map<String, Object>> events = given().queryParam("type", "decision.status-report").queryParam("limit", 1000)
                .get("/v1/events").then().statusCode(200).extract().jsonPath().getList("events");
        return events.stream().filter(e -> decisionId.equals(e.get("subject"))).toList();
    }

    private static JsonPath alertOf(String decisionId) {
        String alertId = given().get("/v1/decisions/" + decisionId).then().statusCode(200).extract().path("review.alertId");
        assertThat(alertId).as("the decision's alert").isNotNull();
        return given().get("/v1/alerts/" + alertId).then().statusCode(200).extract().jsonPath();
    }

    private static RequestSpecification as(String key) {
        return given().header("X-API-Key", key);
    }
}
