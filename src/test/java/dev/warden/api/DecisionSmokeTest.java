package dev.warden.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DecisionSmokeTest {
    @Test
    void decidesAndRecords() {
        String id = Requests.uniqueId("smoke");
        given().contentType("application/json")
                .body(Requests.wire(id, "2026-11-20T10:15:30Z", "120.00", "cust-smoke", "acc-smoke", "acc-dest"))
                .post("/v1/decisions")
                .then().log().all().statusCode(200).body("transactionId", equalTo(id));
    }
}
