package dev.warden.layering;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every scenario in rules/tests/layering over real HTTP against the real rules folder: parties are onboarded with
 * PUT /v1/parties, history entries are decided and recorded with POST /v1/decisions (over HTTP there is no way to
 * record without deciding; what they raise is not checked), then each step is decided and checked against its
 * expectations. Ids, parties, accounts and wallets get a per-scenario prefix so scenarios cannot see each other's
 * history in the shared test database.
 */
@QuarkusTest
class LayeringScenariosTest {
    private static final Path SCENARIOS = Path.of("rules/tests/layering");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyLayeringScenarioHoldsOverHttp() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SCENARIOS)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).as("scenario files in %s", SCENARIOS).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> play(file)));
    }

    private static void play(Path file) throws IOException {
        JsonNode scenario = YAML.readTree(file.toFile());
        String run = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        scenario.path("parties").fields().forEachRemaining(p -> given().contentType("application/json")
                .body(p.getValue().toString()).put("/v1/parties/" + run + "-" + p.getKey()).then().statusCode(200));
        for (JsonNode past : scenario.path("history")) {
            decide(isolated(past, run));
        }
        int index = 0;
        for (JsonNode step : scenario.path("steps")) {
            index++;
            JsonPath decision = decide(isolated(step.get("request"), run));
            List<String> fired = decision.getList("findings.ruleId");
            String where = file.getFileName() + " step " + index + " (" + step.path("request").path("transactionId").asText()
                    + "), findings " + decision.getList("findings.message");
            JsonNode expect = step.path("expect");
            if (expect.has("outcome")) {
                assertThat(decision.getString("outcome")).as(where).isEqualTo(expect.get("outcome").asText());
            }
            assertThat(fired).as(where).containsAll(texts(expect.path("fired")));
            for (String quiet : texts(expect.path("notFired"))) assertThat(fired).as(where).doesNotContain(quiet);
        }
    }

    private static JsonPath decide(String body) {
        return given().contentType("application/json").body(body).post("/v1/decisions").then().statusCode(200)
                .extract().jsonPath();
    }

    /** The request with its transaction, parties, accounts and wallets renamed into this run's namespace. */
    private static String isolated(JsonNode request, String run) {
        ObjectNode copy = request.deepCopy();
        copy.put("transactionId", run + "-" + copy.get("transactionId").asText());
        for (String side : List.of("originator", "beneficiary")) {
            if (!(copy.get(side) instanceof ObjectNode party)) continue;
            for (Map.Entry<String, String> key : Map.of("partyId", "-", "accountId", "-", "walletAddress", "").entrySet()) {
                if (party.hasNonNull(key.getKey())) {
                    party.put(key.getKey(), run + key.getValue() + party.get(key.getKey()).asText());
                }
            }
        }
        try {
            return JSON.writeValueAsString(copy);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(JsonNode array) {
        return array.isMissingNode() ? List.of() : JSON.convertValue(array, JSON.getTypeFactory()
                .constructCollectionType(List.class, String.class));
    }
}
