package dev.warden.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 20, point 3: past transactions loaded with POST /v1/history/import are history, not decisions. A hub's five
 * imported payments to new accounts count towards the fan-out of its sixth, decided payment exactly as five
 * decided ones would; the same file imported again adds nothing; a file with the wrong header adds nothing and
 * says why.
 */
@QuarkusTest
class HistoryImportHttpTest {
    @Test
    void importedTransactionsFeedTheWindowsAndTheCounterpartyMemory() {
        String run = "imp" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(HistoryImport.HEADER).append('\n');
        for (int leg = 1; leg <= 5; leg++) {
            csv.append(run).append("-t").append(leg).append(",2017-03-0").append(leg).append("T10:00:00Z,WIRE,400,USD,400,")
                    .append(run).append("-hub,").append(run).append("-b").append(leg).append(",,,,,,\n");
        }
        given().contentType("text/csv").body(csv.toString()).post("/v1/history/import").then().statusCode(200)
                .body("read", equalTo(5)).body("imported", equalTo(5));
        given().contentType("text/csv").body(csv.toString()).post("/v1/history/import").then().statusCode(200)
                .body("read", equalTo(5)).body("imported", equalTo(0));

        String sixth = """
                {"transactionId": "%s-t6", "occurredAt": "2017-03-07T10:00:00Z", "type": "WIRE", "amount": "400",
                 "currency": "USD", "originator": {"name": "Hub", "type": "INDIVIDUAL", "accountId": "%s-hub"},
                 "beneficiary": {"name": "Six", "type": "INDIVIDUAL", "accountId": "%s-b6"}}""".formatted(run, run, run);
        given().contentType("application/json").body(sixth).post("/v1/decisions").then().statusCode(200)
                .body("findings.ruleId", hasItem("LAYERING_FAN_OUT"));
        // A repeat payment to an imported payee is to a known counterparty: no fan-out leg.
        String repeat = """
                {"transactionId": "%s-t7", "occurredAt": "2017-03-08T10:00:00Z", "type": "WIRE", "amount": "400",
                 "currency": "USD", "originator": {"name": "Hub", "type": "INDIVIDUAL", "accountId": "%s-hub"},
                 "beneficiary": {"name": "One", "type": "INDIVIDUAL", "accountId": "%s-b1"}}""".formatted(run, run, run);
        given().contentType("application/json").body(repeat).post("/v1/decisions").then().statusCode(200)
                .body("findings.ruleId", not(hasItem("LAYERING_FAN_OUT")));
    }

    @Test
    void aFileWithAnotherHeaderIsRefusedWhole() {
        String run = "imp" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType("text/csv").body("id,when,amount\n" + run + ",2017-03-01T10:00:00Z,400\n")
                .post("/v1/history/import").then().statusCode(400);
    }
}
