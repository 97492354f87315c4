package dev.warden.replay;

import static dev.warden.testing.Requests.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.warden.testing.Database;
import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Replay re-decides a recorded transaction on the facts as they stood then, and records nothing. */
@QuarkusTest
@TestProfile(ReplayProfile.class)
class ReplayTest {
    private static final String STRUCTURING = "LAYERING_STRUCTURING";

    @Inject
    DataSource dataSource;

    @Test
    void theRecordedVersionReproducesTheDecisionDespiteLaterHistoryAndProfileChanges() {
        String party = uniqueId("cust");
        String account = uniqueId("acc");
        Decisions.putProfile(party, Requests.verifiedProfile("Ivan Petrov"));
        JsonPath first = Decisions.decide(wire(party, account, "2026-12-10T09:00:00Z", "9500"));
        JsonPath second = Decisions.decide(wire(party, account, "2026-12-10T09:30:00Z", "9600"));
        JsonPath third = Decisions.decide(wire(party, account, "2026-12-10T10:00:00Z", "9700"));
        assertThat(second.getString("outcome")).isEqualTo("ALLOW");
        assertThat(third.getList("findings.ruleId", String.class)).containsExactly(STRUCTURING);

        // Later: a transaction that occurred before the second one arrives late, and the KYC lapses. Today's
        // live window would give the second one two earlier transfers (structuring), and the lapsed KYC a finding.
        Decisions.decide(wire(party, account, "2026-12-10T08:00:00Z", "9500"));
        Decisions.putProfile(party, Requests.profile("Ivan Petrov", "PENDING", null, null));
        long stored = Database.storedRows(dataSource);

        replay(second.getString("decisionId"), "recorded").statusCode(200)
                .body("ruleSet", equalTo("recorded"))
                .body("same", equalTo(true))
                .body("recorded.outcome", equalTo("ALLOW"))
                .body("replayed.outcome", equalTo("ALLOW"))
                .body("replayed.rules.size()", equalTo(0))
                .body("replayed.ruleSetVersion", equalTo(second.getString("ruleSetVersion")));
        replay(third.getString("decisionId"), null).statusCode(200)
                .body("same", equalTo(true))
                .body("recorded.rules", equalTo(java.util.List.of(STRUCTURING)))
                .body("replayed.rules", equalTo(java.util.List.of(STRUCTURING)))
                .body("replayed.findings[0].evidence.count", equalTo(3));
        replay(first.getString("decisionId"), "recorded").statusCode(200).body("same", equalTo(true));
        assertThat(Database.storedRows(dataSource)).isEqualTo(stored);
    }

    @Test
    void theActiveSetAfterARulesChangeDecidesDifferentlyAndTheRecordedVersionStillReproduces() {
        JsonPath small = Decisions.decide(wire(uniqueId("nobody"), uniqueId("acc"), "2026-12-11T09:00:00Z", "2000"));
        assertThat(small.getString("outcome")).isEqualTo("ALLOW");
        try {
            CandidateRules.write(ReplayProfile.RULES, CandidateRules.lowerKycThreshold());
            given().post("/v1/rules/reload").then().statusCode(200).body("activated", equalTo(true));

            JsonPath active = replay(small.getString("decisionId"), "ACTIVE").statusCode(200)
                    .body("ruleSet", equalTo("active"))
                    .body("same", equalTo(false))
                    .body("recorded.outcome", equalTo("ALLOW"))
                    .body("replayed.outcome", equalTo("REVIEW"))
                    .body("rulesAdded", equalTo(java.util.List.of(CandidateRules.KYC_RULE)))
                    .body("rulesRemoved.size()", equalTo(0)).extract().jsonPath();
            assertThat(active.getString("replayed.ruleSetVersion")).isNotEqualTo(small.getString("ruleSetVersion"));

            // The version that made the decision is no longer serving: it is compiled again from its stored files.
            replay(small.getString("decisionId"), "recorded").statusCode(200)
                    .body("same", equalTo(true))
                    .body("replayed.outcome", equalTo("ALLOW"))
                    .body("replayed.ruleSetVersion", equalTo(small.getString("ruleSetVersion")));
        } finally {
            CandidateRules.write(ReplayProfile.RULES, CandidateRules.bundled());
            given().post("/v1/rules/reload").then().statusCode(200);
        }
    }

    @Test
    void badInputIsAProblemNamingTheParameter() {
        JsonPath decided = Decisions.decide(wire(uniqueId("nobody"), uniqueId("acc"), "2026-12-12T09:00:00Z", "100"));
        replay(decided.getString("decisionId"), "yesterday").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("ruleSet"));
        replay("not-a-uuid", "recorded").statusCode(400).body("errors[0].field", equalTo("decisionId"));
        replay(java.util.UUID.randomUUID().toString(), "recorded").statusCode(404)
                .contentType("application/problem+json");
    }

    private static String wire(String party, String account, String occurredAt, String amount) {
        return Requests.wire(uniqueId("rp"), occurredAt, amount, party, account, uniqueId("acc"));
    }

    private static io.restassured.response.ValidatableResponse replay(String decisionId, String ruleSet) {
        var request = given();
        if (ruleSet != null) request = request.queryParam("ruleSet", ruleSet);
        return request.post("/v1/decisions/" + decisionId + "/replay").then();
    }
}
