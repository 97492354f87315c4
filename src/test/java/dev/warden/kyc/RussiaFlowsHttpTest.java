package dev.warden.kyc;

import static dev.warden.testing.Decisions.decide;
import static dev.warden.testing.Decisions.putProfile;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.warden.rules.RuleDiagnostic;
import dev.warden.rules.RuleSources;
import dev.warden.rules.scenario.Scenario;
import dev.warden.rules.scenario.ScenarioLoader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The multi-step flows of rules/tests/flows (A7A5 through Grinex; Evita Pay) posted over real HTTP against
 * PostgreSQL: profiles with PUT /v1/parties, history and steps with POST /v1/decisions, each step checked against
 * the expectations written in the scenario file. The flow files are the single source of the steps, so the officer's
 * scenario and this end-to-end test cannot drift apart. Ids are suffixed per run so the flows do not meet each other
 * or other tests in the shared database.
 */
@QuarkusTest
class RussiaFlowsHttpTest {
    private static final Set<String> RENAMED = Set.of("transactionId", "partyId", "accountId");

    @Inject
    ObjectMapper json;

    @Test
    void a7a5ThroughGrinexEndsBlockedOnThePatternAndTheListedExchange() throws Exception {
        List<JsonPath> decisions = run(flow("tests/flows/a7a5-grinex.yaml"));
        JsonPath blocked = decisions.stream().filter(d -> d.getString("outcome").equals("BLOCK")).findFirst().orElseThrow();
        assertThat(blocked.getList("findings.ruleId", String.class)).contains("SANCTIONS_A7A5_PATTERN",
                "SANCTIONS_WALLET_EXACT", "SANCTIONS_EXCHANGE_DESIGNATED", "POLICY_RUSSIA_EVASION_WITH_KYC_GAP");
        assertThat(last(decisions).getString("outcome")).isEqualTo("REVIEW");
        assertThat(last(decisions).getList("findings.ruleId", String.class)).containsExactly("SANCTIONS_A7A5_PATTERN");
    }

    @Test
    void evitaPayEndsBlockedOnThePatternWithTheVolumeGap() throws Exception {
        List<JsonPath> decisions = run(flow("tests/flows/evita-pay.yaml"));
        JsonPath end = last(decisions);
        assertThat(end.getString("outcome")).isEqualTo("BLOCK");
        assertThat(end.getList("findings.ruleId", String.class)).containsExactlyInAnyOrder("SANCTIONS_EVITA_PAY_PATTERN",
                "KYC_VOLUME_ABOVE_DECLARED", "POLICY_RUSSIA_EVASION_WITH_KYC_GAP");
        assertThat(end.getList("findings.find { it.ruleId == 'SANCTIONS_EVITA_PAY_PATTERN' }.evidence.stablecoinConversions"))
                .hasSize(1);
    }

    private static JsonPath last(List<JsonPath> decisions) {
        return decisions.get(decisions.size() - 1);
    }

    private static Scenario flow(String file) {
        List<RuleDiagnostic> unreadable = new ArrayList<>();
        List<Scenario> scenarios = new ScenarioLoader().load(RuleSources.readFolder(Path.of("rules")), unreadable);
        assertThat(unreadable).isEmpty();
        return scenarios.stream().filter(s -> s.file().endsWith(file)).findFirst()
                .orElseThrow(() -> new AssertionError("no scenario file " + file));
    }

    /** Puts the profiles, posts the history, then posts each step and checks its expectations; returns the steps' decisions. */
    private List<JsonPath> run(Scenario scenario) throws Exception {
        String run = "-" + UUID.randomUUID().toString().substring(0, 8);
        for (Map.Entry<String, ?> party : scenario.parties().entrySet()) {
            putProfile(party.getKey() + run, json.writeValueAsString(party.getValue()));
        }
        for (Object past : scenario.history()) {
            decide(body(past, run));
        }
        List<JsonPath> decisions = new ArrayList<>();
        int n = 0;
        for (Scenario.Step step : scenario.steps()) {
            n++;
            JsonPath d = decide(body(step.request(), run));
            List<String> fired = d.getList("findings.ruleId", String.class);
            String title = scenario.name() + " step " + n + " (" + step.request().transactionId() + ") fired " + fired;
            if (step.expect().outcome() != null) {
                assertThat(d.getString("outcome")).as(title).isEqualTo(step.expect().outcome().name());
            }
            if (!step.expect().fired().isEmpty()) assertThat(fired).as(title).containsAll(step.expect().fired());
            if (!step.expect().notFired().isEmpty()) {
                assertThat(fired).as(title).doesNotContainAnyElementsOf(step.expect().notFired());
            }
            decisions.add(d);
        }
        return decisions;
    }

    /** The request as JSON with its ids suffixed for this run (wallet addresses stay: some are listed). */
    private String body(Object request, String run) throws Exception {
        JsonNode tree = json.valueToTree(request);
        rename(tree, run);
        return json.writeValueAsString(tree);
    }

    private static void rename(JsonNode node, String run) {
        if (!(node instanceof ObjectNode object)) return;
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        List<String> keys = new ArrayList<>();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (RENAMED.contains(field.getKey()) && field.getValue().isTextual()) keys.add(field.getKey());
            else rename(field.getValue(), run);
        }
        keys.forEach(k -> object.put(k, object.get(k).asText() + run));
        List<String> nulls = new ArrayList<>();
        object.fieldNames().forEachRemaining(k -> { if (object.get(k).isNull()) nulls.add(k); });
        nulls.forEach(object::remove);
    }
}
