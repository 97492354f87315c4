package dev.warden.review.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Without the filer's TIN (as in production until it is configured) a REPORTED approval is a 422 naming the key. */
@QuarkusTest
@TestProfile(MissingFilerSettingsTest.NoFilerTin.class)
class MissingFilerSettingsTest {
    public static class NoFilerTin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("warden.reporting.filer.tin", "");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void theApprovalIsRefusedNamingTheMissingKeyAndTheCaseStaysPending() {
        String party = Requests.uniqueId("sar-notin");
        Decisions.putProfile(party, Requests.profile("Ivan Petrov", "PENDING", null, null));
        JsonPath decision = Decisions.decide(Requests.wire(Requests.uniqueId("sar-notin"), "2026-11-20T10:15:30Z", "5000",
                party, Requests.uniqueId("acc"), Requests.uniqueId("acc")));
        String caseId = SarFilingTest.caseOfDecision(decision.getString("decisionId"));
        SarFilingTest.proposeReported(caseId, "structuring through a new account");

        SarFilingTest.as("test-supervisor").contentType("application/json").body("{}")
                .post("/v1/cases/" + caseId + "/approve").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("warden.reporting.filer.tin"));
        SarFilingTest.assertRefusedAndUnchanged(caseId, dataSource);
        given().get("/v1/cases/" + caseId + "/reports").then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
    }
}
