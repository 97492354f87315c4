package dev.warden.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.warden.testing.Database;
import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every kind of bad input gets a 400 (or 413) problem+json that names the field and the reason, stores
 * nothing, and leaves the service serving.
 */
@QuarkusTest
class BadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;
    private long storedBefore;

    @BeforeEach
    void countStored() {
        storedBefore = Database.storedRows(dataSource);
    }

    @AfterEach
    void nothingStoredAndStillServing() {
        assertThat(Database.storedRows(dataSource)).as("rows stored by a rejected request").isEqualTo(storedBefore);
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                edit("missing transactionId", b -> b.remove("transactionId"), "transactionId", "must not be null"),
                edit("transactionId with spaces", b -> b.put("transactionId", "pay 1"), "transactionId", "letters, digits"),
                edit("missing occurredAt", b -> b.remove("occurredAt"), "occurredAt", "must not be null"),
                edit("occurredAt not a date", b -> b.put("occurredAt", "2026-13-45T00:00:00Z"), "occurredAt", "ISO-8601 instant"),
                edit("occurredAt without a zone", b -> b.put("occurredAt", "2026-11-20T10:15:30"), "occurredAt", "ISO-8601 instant"),
                edit("missing type", b -> b.remove("type"), "type", "must not be null"),
                edit("unknown type", b -> b.put("type", "TELEPORT"), "type", "one of WIRE"),
                edit("missing amount", b -> b.remove("amount"), "amount", "must not be null"),
                edit("zero amount", b -> b.put("amount", "0"), "amount", "greater than 0"),
                edit("negative amount", b -> b.put("amount", "-5.00"), "amount", "greater than 0"),
                edit("non-numeric amount", b -> b.put("amount", "ten thousand"), "amount", "not a decimal number"),
                edit("amount as an object", b -> b.putObject("amount").put("value", 1), "amount", "decimal number"),
                edit("amount with 19 decimals", b -> b.put("amount", "1.1234567890123456789"), "amount", "18 fraction digits"),
                edit("missing currency", b -> b.remove("currency"), "currency", "must not be null"),
                edit("unknown currency code", b -> b.put("currency", "XYZ"), "currency", "unknown currency code 'XYZ'"),
                edit("lower-case currency", b -> b.put("currency", "usd"), "currency", "upper-case"),
                edit("unknown top-level field", b -> b.put("priority", "high"), "priority", "unknown field"),
                edit("unknown party field", b -> ((ObjectNode) b.get("originator")).put("nickname", "Vanya"),
                        "originator.nickname", "unknown field"),
                edit("missing originator", b -> b.remove("originator"), "originator", "must not be null"),
                edit("party that names nothing", b -> b.set("beneficiary", JSON.createObjectNode().put("country", "AE")),
                        "beneficiary", "must name the party"),
                edit("unknown country", b -> ((ObjectNode) b.get("originator")).put("country", "XX"),
                        "originator.country", "ISO 3166-1"),
                edit("malformed BIC", b -> ((ObjectNode) b.get("beneficiary")).put("bic", "SBER-RU"),
                        "beneficiary.bic", "BIC"),
                edit("wallet without chain", b -> ((ObjectNode) b.get("beneficiary")).put("walletAddress", "TL1k1U6SHohxBqb68kCodxHc9y2LXoDSep"),
                        "beneficiary.chain", "needs its chain"),
                edit("travel rule flag not a boolean", b -> b.putObject("travelRule").put("originatorComplete", "yes"),
                        "travelRule.originatorComplete", "true or false"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void isRejectedWithTheFieldAndReason(String name, String body, String field, String reason) {
        given().contentType("application/json").body(body).post("/v1/decisions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.reason", containsString(reason));
    }

    @Test
    void malformedJsonNamesTheLineAndColumn() {
        given().contentType("application/json").body("{\"transactionId\": \"x\",\n \"amount\": }")
                .post("/v1/decisions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("$"))
                .body("errors[0].reason", containsString("line 2"));
    }

    @Test
    void emptyBodyIsRejected() {
        given().contentType("application/json").body("").post("/v1/decisions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].reason", containsString("body must be a decision request"));
    }

    @Test
    void aFiveMegabyteBodyIs413ProblemJson() {
        String padding = "x".repeat(5 * 1024 * 1024);
        given().contentType("application/json").body("{\"purpose\": \"" + padding + "\"}").post("/v1/decisions")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413)).body("errors[0].field", equalTo("$"));
    }

    @Test
    void theServiceKeepsServingAfterBadInput() {
        given().contentType("application/json").body("{not json").post("/v1/decisions").then().statusCode(400);
        String id = Requests.uniqueId("after-bad");
        assertThat(Decisions.decide(Requests.wire(id, "2026-11-20T10:15:30Z", "10", Requests.uniqueId("c"),
                Requests.uniqueId("a"), Requests.uniqueId("a"))).getString("transactionId")).isEqualTo(id);
        storedBefore = Database.storedRows(dataSource);
    }

    private static Arguments edit(String name, Consumer<ObjectNode> change, String field, String reason) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(Requests.wire(Requests.uniqueId("bad"), "2026-11-20T10:15:30Z",
                    "9500.00", "cust-bad", "acc-bad", "acc-bad-2"));
            change.accept(body);
            return Arguments.of(name, JSON.writeValueAsString(body), field, reason);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
