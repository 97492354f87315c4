package dev.warden.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;

/** Posting decisions over real HTTP, for tests that care about the outcome rather than the transport. */
public final class Decisions {
    private Decisions() {
    }

    public static JsonPath decide(String body) {
        return given().contentType("application/json").body(body)
                .post("/v1/decisions").then().statusCode(200).extract().jsonPath();
    }

    public static void putProfile(String partyId, String body) {
        given().contentType("application/json").body(body).put("/v1/parties/" + partyId).then().statusCode(200);
    }
}
