package dev.warden.screening.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;

/** Screening over HTTP, against the shipped seed list and the real rules folder, with PostgreSQL. */
@QuarkusTest
class ScreeningApiTest {

    @Test
    void searchFindsACyrillicNameAndSaysWhy() {
        given().contentType("application/json")
                .body("{\"name\": \"Сбербанк России\", \"type\": \"FINANCIAL_INSTITUTION\", \"country\": \"RU\"}")
                .post("/v1/screening/search")
                .then().statusCode(200)
                .body("hits[0].list", equalTo("WARDEN_SEED"))
                .body("hits[0].entryId", equalTo("17018"))
                .body("hits[0].matchKind", equalTo("NAME"))
                .body("hits[0].score", greaterThanOrEqualTo(0.86f))
                .body("hits[0].why", startsWith("name "))
                .body("watchlists.WARDEN_SEED", equalTo("2025-11-19"));
    }

    @Test
    void searchMatchesWalletsAndIdentifiersExactly() {
        given().contentType("application/json")
                .body("{\"wallet\": \"0x7ff9cfad3877f21d41da833e2f775db0569ee3d9\", \"identifiers\": [{\"kind\": \"BIC\", \"value\": \"VTBRRUMMXXX\"}]}")
                .post("/v1/screening/search")
                .then().statusCode(200)
                .body("hits.matchKind", hasItem("WALLET"))
                .body("hits.matchKind", hasItem("BIC"))
                .body("hits.score", everyItem(equalTo(1.0f)));
    }

    @Test
    void badSearchesAreProblems() {
        given().contentType("application/json").body("{\"country\": \"Russia\"}")
                .post("/v1/screening/search")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("country"))
                .body("errors.field", hasItem("$"));
        given().contentType("application/json").body("{\"name\": \"x\", \"colour\": \"red\"}")
                .post("/v1/screening/search")
                .then().statusCode(400).body("errors[0].field", equalTo("colour"));
    }

    @Test
    void watchlistsShowVersionsAndCounts() {
        given().get("/v1/watchlists").then().statusCode(200)
                .body("lists[0].name", equalTo("WARDEN_SEED"))
                .body("lists[0].state", equalTo("OK"))
                .body("lists[0].version", equalTo("2025-11-19"))
                .body("lists[0].entries", equalTo(8));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'watchlists' }.status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("warden_watchlist_entries{list=\"WARDEN_SEED\"} 8.0"))
                .body(org.hamcrest.Matchers.containsString("warden_watchlist_stale{list=\"WARDEN_SEED\"} 0.0"));
    }

    @Test
    void aListedWalletBlocksTheDecision() {
        String id = Requests.uniqueId("scr-wallet");
        decide(id, "{\"name\": \"Someone\", \"type\": \"VASP\", \"walletAddress\": \"TL1k1U6SHohxBqb68kCodxHc9y2LXoDSep\", \"chain\": \"TRON\"}")
                .then().statusCode(200)
                .body("outcome", equalTo("BLOCK"))
                .body("findings.ruleId", hasItem("SANCTIONS_WALLET_EXACT"))
                .body("watchlists.WARDEN_SEED", equalTo("2025-11-19"));
    }

    @Test
    void aClearedNameHitStopsBlockingUntilTheClearanceIsUndone() {
        String party = Requests.uniqueId("cp");
        String beneficiary = "{\"partyId\": \"" + party + "\", \"name\": \"Grinex\", \"type\": \"VASP\", \"accountId\": \"acc-" + party + "\"}";
        decide(Requests.uniqueId("scr-name"), beneficiary).then().statusCode(200)
                .body("outcome", equalTo("BLOCK"))
                .body("findings.ruleId", hasItem("SANCTIONS_NAME_BLOCKING_LIST_STRONG"));

        String clearanceId = given().contentType("application/json")
                .body("{\"partyId\": \"" + party + "\", \"list\": \"WARDEN_SEED\", \"entryId\": \"55045\", "
                        + "\"reason\": \"Grinex Trading GmbH of Vienna, not the Kyrgyz exchange\"}")
                .header("X-API-Key", "test-officer")
                .post("/v1/screening/clearances")
                .then().statusCode(201).body("entryName", equalTo("Grinex"))
                .body("clearedBy", equalTo("test-officer")).extract().path("clearanceId");
        given().contentType("application/json")
                .body("{\"partyId\": \"" + party + "\", \"list\": \"WARDEN_SEED\", \"entryId\": \"55045\", "
                        + "\"reason\": \"again\"}")
                .post("/v1/screening/clearances").then().statusCode(409);

        decide(Requests.uniqueId("scr-name"), beneficiary).then().statusCode(200)
                .body("findings.ruleId", not(hasItem("SANCTIONS_NAME_BLOCKING_LIST_STRONG")));
        given().contentType("application/json").body("{\"name\": \"Grinex\", \"partyId\": \"" + party + "\"}")
                .post("/v1/screening/search").then().statusCode(200).body("hits[0].cleared", equalTo(true));

        given().queryParam("reason", "same directors as the listed exchange").header("X-API-Key", "test-all")
                .delete("/v1/screening/clearances/" + clearanceId)
                .then().statusCode(200).body("undoneBy", equalTo("test-all"));
        decide(Requests.uniqueId("scr-name"), beneficiary).then().statusCode(200).body("outcome", equalTo("BLOCK"));
        given().queryParam("partyId", party).get("/v1/screening/clearances").then().statusCode(200)
                .body("[0].clearedBy", equalTo("test-officer"))
                .body("[0].undoReason", equalTo("same directors as the listed exchange"));
    }

    /** Who clears or undoes is the caller: a body or parameter that says who is refused, naming the field. */
    @Test
    void whoClearsIsTheAuthenticatedCallerNeverTheRequest() {
        given().contentType("application/json")
                .body("{\"partyId\": \"cust-x\", \"list\": \"WARDEN_SEED\", \"entryId\": \"55045\", "
                        + "\"clearedBy\": \"someone.else\", \"reason\": \"not them\"}")
                .post("/v1/screening/clearances")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("clearedBy"))
                .body("errors[0].reason", containsString("who clears is the authenticated caller"));
        given().queryParam("undoneBy", "someone.else").queryParam("reason", "mistake")
                .delete("/v1/screening/clearances/" + java.util.UUID.randomUUID())
                .then().statusCode(400).body("errors[0].field", equalTo("undoneBy"))
                .body("errors[0].reason", containsString("authenticated caller"));
    }

    private static io.restassured.response.Response decide(String transactionId, String beneficiary) {
        return given().contentType("application/json").body("""
                {"transactionId": "%s", "occurredAt": "2026-11-20T10:15:30Z", "type": "WIRE", "amount": "120.00",
                 "currency": "USD",
                 "originator": {"partyId": "cust-scr", "name": "Ivan Petrov", "type": "INDIVIDUAL", "country": "KG",
                                "accountId": "acc-scr"},
                 "beneficiary": %s, "channel": "ONLINE", "purpose": "invoice"}
                """.formatted(transactionId, beneficiary)).post("/v1/decisions");
    }
}
