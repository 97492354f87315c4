package dev.warden.party;

import static dev.warden.testing.Decisions.decide;
import static dev.warden.testing.Decisions.putProfile;
import static dev.warden.testing.Requests.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * PUT/GET /v1/parties/{partyId} and its history over HTTP: validation names the field, every version is kept,
 * unknown parties are 404 problem+json, and a decision loads the stored profiles of both of its parties.
 */
@QuarkusTest
class PartyProfileApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static String company(String status, String verifiedAt, String expiresAt, boolean pep) {
        return """
                {"name": "Lindqvist Handel AB", "type": "COMPANY", "country": "SE", "kycStatus": "%s", "kycLevel": 3,
                 "verifiedAt": %s, "expiresAt": %s, "riskRating": "LOW", "pep": %s,
                 "beneficialOwnersKnown": true, "incorporatedOn": "2015-04-01", "declaredMonthlyVolumeUsd": 250000,
                 "accountOpenedOn": "2025-12-01"}
                """.formatted(status, q(verifiedAt), q(expiresAt), pep);
    }

    private static String q(String v) {
        return v == null ? "null" : "\"" + v + "\"";
    }

    static Stream<Arguments> badProfiles() {
        return Stream.of(
                edit("unknown field", b -> b.put("nickname", "Lindy"), "nickname", "unknown field"),
                edit("unknown kycStatus", b -> b.put("kycStatus", "DONE"), "kycStatus", "VERIFIED"),
                edit("unknown type", b -> b.put("type", "TRUST_FUND"), "type", "COMPANY"),
                edit("unknown riskRating", b -> b.put("riskRating", "EXTREME"), "riskRating", "HIGH"),
                edit("unknown country", b -> b.put("country", "XX"), "country", "ISO 3166-1"),
                edit("lower-case country", b -> b.put("country", "se"), "country", "ISO 3166-1"),
                edit("expiresAt before verifiedAt", b -> b.put("expiresAt", "2025-12-31").put("verifiedAt", "2026-01-10"),
                        "expiresAt", "must not be before verifiedAt"),
                edit("VERIFIED without verifiedAt", b -> b.putNull("verifiedAt"), "verifiedAt", "needs verifiedAt"),
                edit("negative declared volume", b -> b.put("declaredMonthlyVolumeUsd", -1), "declaredMonthlyVolumeUsd",
                        "greater than or equal to 0"),
                edit("kycLevel above 5", b -> b.put("kycLevel", 6), "kycLevel", "5"),
                edit("missing type", b -> b.remove("type"), "type", "must not be null"),
                edit("missing kycStatus", b -> b.remove("kycStatus"), "kycStatus", "must not be null"),
                edit("date that is not a date", b -> b.put("incorporatedOn", "2015-02-30"), "incorporatedOn", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProfiles")
    void badProfileIsRejectedNamingTheFieldAndStoresNothing(String name, String body, String field, String reason) {
        String party = uniqueId("bad-party");
        given().contentType("application/json").body(body).put("/v1/parties/" + party)
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.reason", containsString(reason));
        given().get("/v1/parties/" + party).then().statusCode(404);
    }

    @Test
    void badPartyIdInThePathIsRejected() {
        given().contentType("application/json").body(company("VERIFIED", "2026-01-10", "2027-01-10", false))
                .put("/v1/parties/has spaces").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownPartyIs404ProblemJson() {
        String party = uniqueId("nobody");
        given().get("/v1/parties/" + party).then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", containsString(party));
        given().get("/v1/parties/" + party + "/history").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void everyPutIsANewVersionAndTheHistoryKeepsThemAll() {
        String party = uniqueId("versioned");
        JsonPath v1 = given().contentType("application/json").body(company("PENDING", null, null, false))
                .put("/v1/parties/" + party).then().statusCode(200).extract().jsonPath();
        assertThat(v1.getInt("version")).isEqualTo(1);
        JsonPath v2 = given().contentType("application/json").body(company("VERIFIED", "2026-01-10", "2027-01-10", false))
                .put("/v1/parties/" + party).then().statusCode(200).extract().jsonPath();
        assertThat(v2.getInt("version")).isEqualTo(2);
        given().contentType("application/json").body(company("VERIFIED", "2026-01-10", "2027-01-10", true))
                .put("/v1/parties/" + party).then().statusCode(200).body("version", equalTo(3));

        JsonPath current = given().get("/v1/parties/" + party).then().statusCode(200).extract().jsonPath();
        assertThat(current.getString("partyId")).isEqualTo(party);
        assertThat(current.getInt("version")).isEqualTo(3);
        assertThat(current.getString("kycStatus")).isEqualTo("VERIFIED");
        assertThat(current.getBoolean("pep")).isTrue();
        assertThat(current.getString("verifiedAt")).isEqualTo("2026-01-10");
        assertThat(current.getString("country")).isEqualTo("SE");
        assertThat(current.getInt("kycLevel")).isEqualTo(3);

        JsonPath history = given().get("/v1/parties/" + party + "/history").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> versions = history.getList("$");
        assertThat(versions).hasSize(3);
        assertThat(history.getList("version", Integer.class)).containsExactly(1, 2, 3);
        assertThat(history.getList("profile.kycStatus", String.class)).containsExactly("PENDING", "VERIFIED", "VERIFIED");
        assertThat(history.getList("profile.pep", Boolean.class)).containsExactly(false, false, true);
        assertThat(history.getString("[0].profile.verifiedAt")).isNull();
        assertThat(history.getList("changedAt")).doesNotContainNull();
    }

    @Test
    void aDecisionLoadsTheBeneficiarysProfileToo() {
        String payer = verifiedPayer();
        String payee = stored("payee-pep", company("VERIFIED", "2026-01-10", "2027-01-10", true));
        JsonPath d = decide(wire(uniqueId("both-known"), payer, payee, "60000"));
        assertThat(d.getString("outcome")).isEqualTo("REVIEW");
        assertThat(d.getList("findings.ruleId", String.class)).containsExactly("KYC_PEP_ABOVE_THRESHOLD");
        assertThat(d.getString("findings[0].evidence.role")).isEqualTo("BENEFICIARY");
        assertThat(d.getString("findings[0].evidence.partyId")).isEqualTo(payee);
    }

    @Test
    void aBeneficiaryWithPendingKycIsReviewedAndTheNextVersionCounts() {
        String payer = verifiedPayer();
        String payee = stored("payee-pending", company("PENDING", null, null, false));
        JsonPath pending = decide(wire(uniqueId("to-pending"), payer, payee, "5000"));
        assertThat(pending.getList("findings.ruleId", String.class)).containsExactly("KYC_UNVERIFIED_ABOVE_THRESHOLD");
        assertThat(pending.getString("findings[0].evidence.role")).isEqualTo("BENEFICIARY");
        assertThat(pending.getString("findings[0].evidence.kycStatus")).isEqualTo("PENDING");

        putProfile(payee, company("VERIFIED", "2026-01-10", "2027-01-10", false));
        JsonPath verified = decide(wire(uniqueId("to-verified"), payer, payee, "5000"));
        assertThat(verified.getString("outcome")).isEqualTo("ALLOW");
        assertThat(verified.getList("findings")).isEmpty();
    }

    @Test
    void aProfilePushedAfterADecisionWithoutOneIsUsedByTheNextDecision() {
        // The first decision finds no profile for the payee (and this replica holds that); the push must end it.
        String payer = verifiedPayer();
        String payee = uniqueId("payee-later");
        JsonPath unknown = decide(wire(uniqueId("to-unknown"), payer, payee, "60000"));
        assertThat(unknown.getList("findings.ruleId", String.class)).doesNotContain("KYC_PEP_ABOVE_THRESHOLD");
        putProfile(payee, company("VERIFIED", "2026-01-10", "2027-01-10", true));
        JsonPath known = decide(wire(uniqueId("to-known"), payer, payee, "60000"));
        assertThat(known.getList("findings.ruleId", String.class)).containsExactly("KYC_PEP_ABOVE_THRESHOLD");
    }

    @Test
    void theRequestSideWinsOverTheProfileWhereItSpeaks() {
        // The profile says SE; the request says KP for this payment's beneficiary: the rules see KP.
        String payer = verifiedPayer();
        String payee = stored("payee", company("VERIFIED", "2026-01-10", "2027-01-10", false));
        String body = wire(uniqueId("override"), payer, payee, "100").replace("\"beneficiary\": {\"partyId\"",
                "\"beneficiary\": {\"country\": \"KP\", \"partyId\"");
        JsonPath d = decide(body);
        assertThat(d.getList("findings.ruleId", String.class)).containsExactly("KYC_COUNTERPARTY_FATF_CALL_FOR_ACTION");
    }

    private static String verifiedPayer() {
        return stored("payer", company("VERIFIED", "2026-01-10", "2027-01-10", false));
    }

    private static String stored(String prefix, String profile) {
        String party = uniqueId(prefix);
        putProfile(party, profile);
        return party;
    }

    private static String wire(String id, String payer, String payee, String amount) {
        return """
                {"transactionId": "%s", "occurredAt": "2026-11-20T10:15:30Z", "type": "WIRE", "amount": "%s",
                 "currency": "USD", "originator": {"partyId": "%s", "accountId": "%s"},
                 "beneficiary": {"partyId": "%s", "accountId": "%s"}}
                """.formatted(id, amount, payer, uniqueId("acc"), payee, uniqueId("acc"));
    }

    private static Arguments edit(String name, java.util.function.Consumer<ObjectNode> change, String field, String reason) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(company("VERIFIED", "2026-01-10", "2027-01-10", false));
            change.accept(body);
            return Arguments.of(name, JSON.writeValueAsString(body), field, reason);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
