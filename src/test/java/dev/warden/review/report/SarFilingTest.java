package dev.warden.review.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.warden.reporting.fincen.SarSchema;
import dev.warden.reporting.fincen.SarXPath;
import dev.warden.screening.SharedData;
import dev.warden.testing.Database;
import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * A case approved as REPORTED files a FinCEN SAR, over HTTP on the real rules and PostgreSQL: the report is
 * stored with the case, valid against FinCEN's schema, carries the case's subject, amounts, dates and narrative,
 * and is announced by a report.ready event; a report the writer refuses refuses the approval.
 */
@QuarkusTest
class SarFilingTest {
    private static final String SUBJECT = "//f:Party[f:ActivityPartyTypeCode='33']";

    @Inject
    DataSource dataSource;

    @Test
    void anApprovedReportIsStoredValidAgainstFinCensSchemaAndAnnounced() throws Exception {
        String party = Requests.uniqueId("sar-party");
        Decisions.putProfile(party, Requests.profile("Ivan Petrov", "PENDING", null, null));
        JsonPath first = Decisions.decide(Requests.wire(Requests.uniqueId("sar-1"), "2026-11-18T09:00:00Z", "5000",
                party, Requests.uniqueId("acc"), Requests.uniqueId("acc")));
        JsonPath second = Decisions.decide(Requests.wire(Requests.uniqueId("sar-2"), "2026-11-20T10:15:30Z", "7250.50",
                party, Requests.uniqueId("acc"), Requests.uniqueId("acc")));
        assertThat(List.of(first.getString("outcome"), second.getString("outcome"))).containsOnly("REVIEW");
        String caseId = caseOfDecision(first.getString("decisionId"));
        assertThat(caseOfDecision(second.getString("decisionId"))).isEqualTo(caseId);
        String narrative = "Two wires of 5,000.00 and 7,250.50 USD within three days from an unverified customer\n"
                + "to Aurora Trading in the UAE; the customer would not explain the invoices.";

        proposeReported(caseId, narrative);
        as("test-supervisor").contentType("application/json").body("{\"comment\": \"file it\"}")
                .post("/v1/cases/" + caseId + "/approve").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("disposition", equalTo("REPORTED"));

        JsonPath listed = as("test-officer").get("/v1/cases/" + caseId + "/reports").then().statusCode(200)
                .extract().jsonPath();
        assertThat(listed.getList("$")).hasSize(1);
        String reportId = listed.getString("[0].reportId");
        assertThat(listed.getString("[0].format")).isEqualTo("fincen-sar-xml");
        assertThat(listed.getString("[0].mediaType")).isEqualTo("application/xml");
        assertThat(listed.getString("[0].preparedBy")).isEqualTo("test-officer");
        assertThat(listed.getString("[0].approvedBy")).isEqualTo("test-supervisor");
        assertThat(listed.getString("[0].createdAt")).isNotBlank();

        var answer = as("test-supervisor").get("/v1/cases/" + caseId + "/reports/" + reportId).then().statusCode(200)
                .contentType("application/xml").extract();
        byte[] xml = answer.asByteArray();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml));
        assertThat(listed.getString("[0].sha256")).isEqualTo(sha256);
        assertThat(answer.header("ETag")).contains(sha256);

        SarSchema.shipped().validate(xml);
        SarXPath sar = new SarXPath(xml);
        assertThat(sar.texts(SUBJECT + "/f:PartyName[f:PartyNameTypeCode='L']/f:RawEntityIndividualLastName"))
                .contains("Ivan Petrov", "Aurora Trading");
        String customer = SUBJECT + "[f:PartyName/f:RawEntityIndividualLastName='Ivan Petrov']";
        assertThat(sar.text(customer + "/f:PartyAssociation/f:CustomerIndicator")).isEqualTo("Y");
        assertThat(sar.text(customer + "/f:PurchaserSenderIndicator")).isEqualTo("Y");
        assertThat(sar.texts(customer + "/f:PartyAccountAssociation//f:Account/f:AccountNumberText")).hasSize(2);
        // 12,250.50 USD in whole dollars, rounded up; from the first transaction's day to the last's
        assertThat(sar.text("//f:SuspiciousActivity/f:TotalSuspiciousAmountText")).isEqualTo("12251");
        assertThat(sar.text("//f:SuspiciousActivity/f:SuspiciousActivityFromDateText")).isEqualTo("20261118");
        assertThat(sar.text("//f:SuspiciousActivity/f:SuspiciousActivityToDateText")).isEqualTo("20261120");
        assertThat(sar.texts("//f:ActivityNarrativeInformation/f:ActivityNarrativeText")).containsExactly(narrative);
        // KYC_UNVERIFIED_ABOVE_THRESHOLD names no kind of activity: "other" (9/9999) with the rule as its text
        assertThat(sar.text("//f:SuspiciousActivityClassification/f:OtherSuspiciousActivityTypeText"))
                .contains("KYC_UNVERIFIED_ABOVE_THRESHOLD");

        assertThat(Database.count(dataSource, "SELECT count(*) FROM events WHERE type = 'report.ready'"
                + " AND payload->>'reportId' = ? AND payload->>'caseId' = ? AND payload->>'sha256' = ?"
                + " AND payload->>'format' = 'fincen-sar-xml' AND payload->>'mediaType' = 'application/xml'",
                reportId, caseId, sha256)).isEqualTo(1);
        assertThat(caseLog(caseId)).endsWith("APPROVED", "CLOSED");
    }

    /** FinCEN's own copy in ../shared/data accepts the stored report too (skipped when the folder is absent). */
    @Test
    void theSharedSchemaAcceptsTheStoredReport() {
        SarSchema shared = SarSchema.at(SharedData.require("reporting/fincen/EFL_SARXBatchSchema.xsd"));
        String party = Requests.uniqueId("sar-shared");
        Decisions.putProfile(party, Requests.verifiedProfile("Anna Weber"));
        JsonPath decision = Decisions.decide(Requests.wireToBank(Requests.uniqueId("sar-s"), party, "9000", "SABRRUMMXXX"));
        String caseId = caseOfDecision(decision.getString("decisionId"));
        proposeReported(caseId, "A payment to a Russian company at a listed bank.");
        as("test-supervisor").contentType("application/json").body("{}").post("/v1/cases/" + caseId + "/approve")
                .then().statusCode(200);
        String reportId = as("test-officer").get("/v1/cases/" + caseId + "/reports").then().extract().path("[0].reportId");
        shared.validate(as("test-officer").get("/v1/cases/" + caseId + "/reports/" + reportId).then().statusCode(200)
                .extract().asByteArray());
    }

    /** An account number of 60 characters does not fit FinCEN's 40: the approval is refused, naming the field. */
    @Test
    void aReportTheWriterRefusesRefusesTheApproval() {
        String party = Requests.uniqueId("sar-long");
        Decisions.putProfile(party, Requests.profile("Ivan Petrov", "PENDING", null, null));
        String longAccount = "A".repeat(60);
        JsonPath decision = Decisions.decide(Requests.wire(Requests.uniqueId("sar-l"), "2026-11-20T10:15:30Z", "5000",
                party, longAccount, Requests.uniqueId("acc")));
        String caseId = caseOfDecision(decision.getString("decisionId"));
        proposeReported(caseId, "structuring through a new account");

        as("test-supervisor").contentType("application/json").body("{}").post("/v1/cases/" + caseId + "/approve")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://warden.dev/problems/report-refused"))
                .body("errors.field", hasItem("subjects[0].accounts[0].number"));
        assertRefusedAndUnchanged(caseId, dataSource);
    }

    @Test
    void unknownCasesAndReportsAre404AndBadIdsAre400() {
        given().get("/v1/cases/" + UUID.randomUUID() + "/reports").then().statusCode(404)
                .contentType("application/problem+json");
        String caseId = caseOfDecision(Decisions.decide(Requests.wire(Requests.uniqueId("sar-404"), "2026-11-20T10:15:30Z",
                "5000", Requests.uniqueId("sar-404"), Requests.uniqueId("acc"), Requests.uniqueId("acc")))
                .getString("decisionId"));
        given().get("/v1/cases/" + caseId + "/reports").then().statusCode(200).body("size()", equalTo(0));
        given().get("/v1/cases/" + caseId + "/reports/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/v1/cases/" + caseId + "/reports/not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("reportId"));
    }

    @Test
    void aStoredReportRefusesUpdatesAndDeletes() {
        String party = Requests.uniqueId("sar-ao");
        Decisions.putProfile(party, Requests.profile("Ivan Petrov", "PENDING", null, null));
        String caseId = caseOfDecision(Decisions.decide(Requests.wire(Requests.uniqueId("sar-ao"), "2026-11-20T10:15:30Z",
                "5000", party, Requests.uniqueId("acc"), Requests.uniqueId("acc"))).getString("decisionId"));
        proposeReported(caseId, "structuring through a new account");
        as("test-supervisor").contentType("application/json").body("{}").post("/v1/cases/" + caseId + "/approve")
                .then().statusCode(200);
        for (String change : List.of("UPDATE case_reports SET approved_by = 'someone' WHERE case_id = ?",
                "DELETE FROM case_reports WHERE case_id = ?")) {
            assertThatThrownBy(() -> {
                try (Connection c = dataSource.getConnection(); var s = c.prepareStatement(change)) {
                    s.setObject(1, UUID.fromString(caseId));
                    s.executeUpdate();
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(Database.count(dataSource, "SELECT count(*) FROM case_reports WHERE case_id = ? AND approved_by = ?",
                UUID.fromString(caseId), "test-supervisor")).isEqualTo(1);
    }

    /** The approval was rolled back: still pending, no report row, no report.ready, no APPROVED in the log. */
    static void assertRefusedAndUnchanged(String caseId, DataSource dataSource) {
        JsonPath after = given().get("/v1/cases/" + caseId).then().statusCode(200).extract().jsonPath();
        assertThat(after.getString("status")).isEqualTo("PENDING_APPROVAL");
        assertThat(after.getList("log.action", String.class)).doesNotContain("APPROVED", "CLOSED");
        assertThat(after.getList("alerts.state", String.class)).containsOnly("PENDING_APPROVAL");
        assertThat(Database.count(dataSource, "SELECT count(*) FROM case_reports WHERE case_id = ?",
                UUID.fromString(caseId))).isZero();
        assertThat(Database.count(dataSource, "SELECT count(*) FROM events WHERE type IN ('report.ready', 'case.closed',"
                + " 'alert.disposed') AND payload->>'caseId' = ?", caseId)).isZero();
    }

    /** Proposes REPORTED, rejecting every held payment, as test-officer. */
    static void proposeReported(String caseId, String narrative) {
        List<String> alertIds = given().get("/v1/cases/" + caseId).then().statusCode(200).extract().jsonPath()
                .getList("alerts.alertId", String.class);
        Map<String, String> outcomes = new java.util.LinkedHashMap<>();
        alertIds.forEach(id -> outcomes.put(id, "REJECT"));
        as("test-officer").contentType("application/json")
                .body(Map.of("disposition", "REPORTED", "outcomes", outcomes, "narrative", narrative))
                .post("/v1/cases/" + caseId + "/propose").then().statusCode(200).body("status", equalTo("PENDING_APPROVAL"));
    }

    static String caseOfDecision(String decisionId) {
        String caseId = given().get("/v1/decisions/" + decisionId).then().statusCode(200).extract().path("review.caseId");
        assertThat(caseId).as("the decision's case").isNotNull();
        return caseId;
    }

    private static List<String> caseLog(String caseId) {
        return given().get("/v1/cases/" + caseId).then().statusCode(200).extract().jsonPath().getList("log.action", String.class);
    }

    static RequestSpecification as(String key) {
        return given().header("X-API-Key", key);
    }
}
