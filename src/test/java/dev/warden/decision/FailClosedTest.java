package dev.warden.decision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.warden.testing.Outage;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** FAIL_CLOSED: with PostgreSQL down, an unrecorded REVIEW; what is in memory (screening) still blocks. */
@QuarkusTest
@TestProfile(FailClosedTest.FailClosed.class)
class FailClosedTest {
    public static class FailClosed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("warden.decisions.on-database-failure", "FAIL_CLOSED");
        }
    }

    @Test
    void anOutageGivesUnrecordedReviewsAndSanctionedWalletsStillBlock() throws Exception {
        String plainId = Requests.uniqueId("closed");
        Outage.stopDatabase();
        JsonPath plain;
        JsonPath sanctioned;
        try {
            plain = decide(Requests.wire(plainId, "2026-11-20T10:15:30Z", "120", Requests.uniqueId("c"),
                    Requests.uniqueId("a"), Requests.uniqueId("a")));
            sanctioned = decide(Requests.cryptoTransfer(Requests.uniqueId("closed-grinex"), Requests.uniqueId("c"), "500",
                    "TL1k1U6SHohxBqb68kCodxHc9y2LXoDSep", "TRON"));
        } finally {
            Outage.restartDatabaseAndAwaitRecovery();
        }
        assertThat(plain.getString("outcome")).isEqualTo("REVIEW");
        assertThat(plain.getBoolean("recorded")).isFalse();
        assertThat(plain.getList("findings.ruleId", String.class)).containsExactly("SYSTEM_DEGRADED");
        assertThat(plain.getString("findings[0].category")).isEqualTo("SYSTEM");
        assertThat(sanctioned.getString("outcome")).isEqualTo("BLOCK");
        assertThat(sanctioned.getList("findings.ruleId", String.class)).contains("SANCTIONS_WALLET_EXACT", "SYSTEM_DEGRADED");

        // Nothing was recorded during the outage; afterwards the same transaction is decided and recorded.
        given().queryParam("transactionId", plainId).get("/v1/decisions").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
        JsonPath after = decide(Requests.wire(plainId, "2026-11-20T10:15:30Z", "120", "c-after", "a-1", "a-2"));
        assertThat(after.getBoolean("recorded")).isTrue();
        assertThat(after.getString("outcome")).isEqualTo("ALLOW");
    }

    private static JsonPath decide(String body) {
        return given().contentType("application/json").body(body).post("/v1/decisions").then().statusCode(200)
                .extract().jsonPath();
    }
}
