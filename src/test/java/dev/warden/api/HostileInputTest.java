package dev.warden.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.warden.testing.Database;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Requests built to hurt: control characters in every text field, numbers and times at the edge of what Java and
 * PostgreSQL can hold, fields named twice. Each gets a 400 problem+json that names the field, stores nothing, and
 * costs honest requests sent at the same time nothing.
 */
@QuarkusTest
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** NUL (PostgreSQL refuses it), other C0 and C1 controls, DEL, and an unpaired surrogate. */
    private static final List<String> HOSTILE = List.of("\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\ud800");

    @Inject
    DataSource dataSource;

    static Stream<Arguments> textFields() {
        String decision = Requests.wire("hostile-text", "2026-11-20T10:15:30Z", "100", "cust-h", "acc-h", "acc-h2");
        String crypto = Requests.cryptoTransfer("hostile-text", "cust-h", "100", Requests.tronWallet(), "TRON");
        String withVasp = edit(crypto, b -> party(b, "beneficiary").put("vasp", "Grinex"));
        String withIban = edit(Requests.wireToBank("hostile-text", "cust-h", "100", "SABRRUMM"), b -> { });
        String profile = Requests.verifiedProfile("Anna Weber");
        String search = """
                {"name": "Ivan Petrov", "type": "INDIVIDUAL", "country": "RU", "dateOfBirth": "1970",
                 "identifiers": [{"kind": "PASSPORT", "value": "P123"}], "wallet": "TXwZkPbGn5B6q1RkRyAT8fRr9YTbhNn3Da",
                 "partyId": "cust-h"}""";
        String clearance = """
                {"partyId": "cust-h", "list": "WARDEN_SEED", "entryId": "e-1", "reason": "another person"}""";
        List<Arguments> cases = new ArrayList<>();
        for (String field : List.of("transactionId", "currency", "channel", "purpose", "originator.partyId",
                "originator.name", "originator.country", "originator.accountId", "beneficiary.name",
                "beneficiary.accountId")) {
            cases.add(Arguments.of("POST", "/v1/decisions", decision, field));
        }
        for (String field : List.of("originator.walletAddress", "originator.chain", "beneficiary.vasp")) {
            cases.add(Arguments.of("POST", "/v1/decisions", withVasp, field));
        }
        for (String field : List.of("originator.iban", "originator.bic")) {
            cases.add(Arguments.of("POST", "/v1/decisions", withIban, field));
        }
        cases.add(Arguments.of("PUT", "/v1/parties/cust-h", profile, "name"));
        cases.add(Arguments.of("PUT", "/v1/parties/cust-h", profile, "country"));
        for (String field : List.of("name", "type", "country", "dateOfBirth", "identifiers[0].value", "wallet", "partyId")) {
            cases.add(Arguments.of("POST", "/v1/screening/search", search, field));
        }
        for (String field : List.of("partyId", "list", "entryId", "reason")) {
            cases.add(Arguments.of("POST", "/v1/screening/clearances", clearance, field));
        }
        // Every field with NUL; the other characters on a name and on the free-text purpose.
        return cases.stream().flatMap(c -> {
            String field = (String) c.get()[3];
            List<String> characters = field.equals("originator.name") || field.equals("purpose") ? HOSTILE : List.of("\u0000");
            return characters.stream().map(ch -> Arguments.of(c.get()[0], c.get()[1], c.get()[2], field, ch));
        });
    }

    @ParameterizedTest(name = "{0} {1} {3} with U+{4}")
    @MethodSource("textFields")
    void aControlCharacterInAnyTextFieldIsRejectedNamingTheField(String method, String path, String body, String field,
            String character) {
        long stored = Database.storedRows(dataSource);
        String poisoned = edit(body, b -> {
            ObjectNode holder = b;
            String[] parts = field.replace("[0]", "").split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                holder = holder.get(parts[i]).isArray() ? (ObjectNode) holder.get(parts[i]).get(0) : (ObjectNode) holder.get(parts[i]);
            }
            String last = parts[parts.length - 1];
            holder.put(last, holder.get(last).asText().substring(0, 1) + character + holder.get(last).asText().substring(1));
        }).replace("\ud800", "\\ud800"); // as an escape: a lone surrogate has no UTF-8 bytes of its own
        given().contentType("application/json").body(poisoned).request(method, path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.reason",
                        containsString(character.equals("\ud800") ? "unpaired surrogate" : "control character"));
        assertThat(Database.storedRows(dataSource)).isEqualTo(stored);
    }

    @Test
    void theFreeTextPurposeMayHoldTabsAndLineBreaksButANameMayNot() {
        String id = Requests.uniqueId("hostile-purpose");
        String body = edit(Requests.wire(id, "2026-11-20T10:15:30Z", "100", Requests.uniqueId("c"), Requests.uniqueId("a"),
                Requests.uniqueId("a")), b -> b.put("purpose", "invoice 77\r\n\tsecond line"));
        given().contentType("application/json").body(body).post("/v1/decisions").then().statusCode(200);

        String named = edit(body, b -> party(b, "originator").put("name", "Ivan\nPetrov"));
        decide(named).statusCode(400).body("errors[0].field", equalTo("originator.name"))
                .body("errors[0].reason", containsString("U+000A"));
    }

    @Test
    void controlCharactersInQueryAndPathParametersAreRejectedNamingTheParameter() {
        given().queryParam("partyId", "cust\u0000").get("/v1/decisions")
                .then().statusCode(400).body("errors[0].field", equalTo("partyId"));
        given().queryParam("transactionId", "pay\u0001").get("/v1/decisions")
                .then().statusCode(400).body("errors[0].field", equalTo("transactionId"));
        given().queryParam("partyId", "cust\u0000").get("/v1/screening/clearances")
                .then().statusCode(400).body("errors[0].field", equalTo("partyId"));
        given().urlEncodingEnabled(false).get("/v1/parties/cust%00h")
                .then().statusCode(400).body("errors[0].field", equalTo("partyId"));
        given().queryParam("reason", "mistake\u0000")
                .delete("/v1/screening/clearances/" + UUID.randomUUID())
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        // The column holds 2000 characters: refused before PostgreSQL would refuse it.
        given().queryParam("reason", "o".repeat(2001))
                .delete("/v1/screening/clearances/" + UUID.randomUUID())
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    /** Issue 19: 400 honest and 40 NUL-named requests at once; the 40 used to take 70 honest ones down with them. */
    @Test
    void poisonedRequestsAmongHonestOnesFailAloneAndEveryHonestDecisionIsRecorded() throws Exception {
        String run = Requests.uniqueId("mix");
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Integer>> honest = new ArrayList<>();
        List<Future<Integer>> poisoned = new ArrayList<>();
        try {
            for (int i = 0; i < 440; i++) {
                boolean poison = i % 11 == 10;
                String body = Requests.wire(run + (poison ? "-bad-" : "-ok-") + i, "2026-11-20T10:15:30Z", "100.00",
                        run + "-cust-" + (i % 20), run + "-acc-" + i, run + "-ben-" + (i % 7));
                String sent = poison ? body.replace("Ivan Petrov", "Ivan\\u0000Petrov") : body;
                Future<Integer> status = pool.submit(() -> given().contentType("application/json").body(sent)
                        .post("/v1/decisions").statusCode());
                (poison ? poisoned : honest).add(status);
            }
            for (Future<Integer> status : honest) assertThat(status.get()).as("an honest request").isEqualTo(200);
            for (Future<Integer> status : poisoned) assertThat(status.get()).as("a poisoned request").isEqualTo(400);
        } finally {
            pool.shutdownNow();
        }
        assertThat(honest).hasSize(400);
        assertThat(Database.recorded(dataSource, "decisions", run + "-ok-")).isEqualTo(400);
        assertThat(Database.recorded(dataSource, "transactions", run + "-ok-")).isEqualTo(400);
        assertThat(Database.recorded(dataSource, "decisions", run + "-bad-")).isZero();
    }

    static Stream<Arguments> hostileNumbersAndTimes() {
        return Stream.of(
                Arguments.of("amount", "\"1E+2147483647\"", "less than 10^15"),
                Arguments.of("amount", "1E+2147483647", "less than 10^15"),
                Arguments.of("amount", "\"1e-400\"", "18 fraction digits"),
                Arguments.of("amount", "1e-400", "18 fraction digits"),
                Arguments.of("amount", "\"1000000000000000\"", "less than 10^15"),
                Arguments.of("amount", "\"1E+2147483648\"", ""),
                Arguments.of("amount", "\"1" + "0".repeat(899) + "\"", "characters"),
                Arguments.of("occurredAt", "\"+999999999-12-31T23:59:59Z\"", "9999-12-31"),
                Arguments.of("occurredAt", "\"+10000-01-01T00:00:00Z\"", "9999-12-31"),
                Arguments.of("occurredAt", "\"1969-12-31T23:59:59Z\"", "1970-01-01"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("hostileNumbersAndTimes")
    void numbersAndTimesOutOfBoundsAreRejectedNamingTheField(String field, String value, String reason) {
        long stored = Database.storedRows(dataSource);
        String body = Requests.wire(Requests.uniqueId("bounds"), "2026-11-20T10:15:30Z", "100", "cust-b", "acc-b", "acc-b2")
                .replace(field.equals("amount") ? "\"amount\": \"100\"" : "\"occurredAt\": \"2026-11-20T10:15:30Z\"",
                        "\"" + field + "\": " + value);
        decide(body).statusCode(400).body("errors.field", hasItem(field))
                .body("errors.findAll { it.field == '" + field + "' }.reason", hasItem(containsString(reason)));
        assertThat(Database.storedRows(dataSource)).isEqualTo(stored);
    }

    /** Jackson refuses it while tokenising, before any field is known: the body as a whole is named. */
    @Test
    void aNumberOfMoreThanAThousandDigitsIsRejected() {
        String body = Requests.wire(Requests.uniqueId("bounds"), "2026-11-20T10:15:30Z", "100", "cust-b", "acc-b", "acc-b2")
                .replace("\"amount\": \"100\"", "\"amount\": 1" + "0".repeat(2000));
        decide(body).statusCode(400).body("errors[0].field", equalTo("$"))
                .body("errors[0].reason", containsString("exceeds the maximum"));
    }

    @Test
    void aCryptoAmountKeepsAllEighteenDecimals() {
        String id = Requests.uniqueId("wei");
        String amount = "999999999999999.123456789012345678";
        given().contentType("application/json")
                .body(Requests.cryptoTransfer(id, Requests.uniqueId("c"), amount, Requests.tronWallet(), "TRON"))
                .post("/v1/decisions").then().statusCode(200);
        assertThat(Database.count(dataSource, "SELECT count(*) FROM transactions WHERE transaction_id = ? AND amount = ?",
                id, new BigDecimal(amount))).isEqualTo(1);
    }

    @Test
    void pagingAndFiltersOutOfBoundsAre400NamingTheParameter() {
        for (String[] query : new String[][] { { "page", "2147483647" }, { "page", "-1" }, { "page", "abc" },
                { "page", "99999999999" }, { "size", "0" }, { "size", "501" }, { "from", "+999999999-12-31T23:59:59Z" },
                { "to", "yesterday" }, { "outcome", "MAYBE" } }) {
            given().queryParam(query[0], query[1]).get("/v1/decisions")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(query[0]));
        }
        given().queryParam("page", DecisionResource.MAX_PAGE).queryParam("size", DecisionResource.MAX_SIZE)
                .get("/v1/decisions").then().statusCode(200).body("size()", equalTo(0));
    }

    static Stream<Arguments> hostileProfiles() {
        return Stream.of(
                Arguments.of("declaredMonthlyVolumeUsd", "1" + "0".repeat(899), ""),
                Arguments.of("declaredMonthlyVolumeUsd", "\"1" + "0".repeat(899) + "\"", "characters"),
                Arguments.of("declaredMonthlyVolumeUsd", "\"1E+2147483647\"", "less than 10^18"),
                Arguments.of("declaredMonthlyVolumeUsd", "1000000000000000000", "less than 10^18"),
                Arguments.of("declaredMonthlyVolumeUsd", "0.001", "2 fraction digits"),
                Arguments.of("kycLevel", "99999999999", "out of range"),
                Arguments.of("verifiedAt", "\"+999999999-12-31\"", "9999-12-31"),
                Arguments.of("accountOpenedOn", "\"-0001-01-01\"", "0001-01-01"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("hostileProfiles")
    void profileNumbersAndDatesOutOfBoundsAreRejectedNamingTheField(String field, String value, String reason) {
        String party = Requests.uniqueId("bounds-party");
        String body = edit(Requests.verifiedProfile("Anna Weber"), b -> b.put(field, "PLACEHOLDER"))
                .replace("\"PLACEHOLDER\"", value);
        given().contentType("application/json").body(body).put("/v1/parties/" + party)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.findAll { it.field == '" + field + "' }.reason", hasItem(containsString(reason)));
        given().get("/v1/parties/" + party).then().statusCode(404);
    }

    @Test
    void aScreeningScoreMustBeAFiniteNumberAndTheLimitAnInt() {
        for (String[] bad : new String[][] { { "minScore", "\"NaN\"" }, { "minScore", "\"Infinity\"" },
                { "limit", "1e10" }, { "limit", "99999999999" } }) {
            given().contentType("application/json").body("{\"name\": \"Ivan Petrov\", \"" + bad[0] + "\": " + bad[1] + "}")
                    .post("/v1/screening/search")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(bad[0]));
        }
    }

    @Test
    void aFieldNamedTwiceIsRejectedNamingIt() {
        long stored = Database.storedRows(dataSource);
        String body = Requests.wire(Requests.uniqueId("dup"), "2026-11-20T10:15:30Z", "100", "cust-d", "acc-d", "acc-d2");
        decide(body.replace("\"amount\": \"100\",", "\"amount\": \"100\", \"amount\": \"0.01\","))
                .statusCode(400).body("errors[0].field", equalTo("amount"))
                .body("errors[0].reason", containsString("more than once"));
        decide(body.replace("\"name\": \"Ivan Petrov\",", "\"name\": \"Ivan Petrov\", \"name\": \"Someone Else\","))
                .statusCode(400).body("errors[0].field", equalTo("originator.name"));
        assertThat(Database.storedRows(dataSource)).isEqualTo(stored);
    }

    private static ValidatableResponse decide(String body) {
        return given().contentType("application/json").body(body).post("/v1/decisions")
                .then().contentType("application/problem+json");
    }

    private static ObjectNode party(ObjectNode body, String side) {
        return (ObjectNode) body.get(side);
    }

    private static String edit(String json, Consumer<ObjectNode> change) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(json);
            change.accept(body);
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
