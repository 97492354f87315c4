package dev.warden.rules.scenario;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.warden.engine.DecisionRequest;
import dev.warden.engine.Outcome;
import dev.warden.party.PartyProfileRequest;
import dev.warden.rules.RuleDiagnostic;
import dev.warden.rules.RuleFile;
import dev.warden.rules.RuleSources;

/**
 * Reads the scenario files of a rule set. A step is a {@code POST /v1/decisions} body and a party is a
 * {@code PUT /v1/parties} body, read with the same strictness as the API (unknown fields are errors), so a
 * scenario cannot describe a request the service would refuse.
 */
public final class ScenarioLoader {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** The file as written; a single {@code request}/{@code expect} pair stands for one step. */
    record ScenarioFile(String name, String description, Map<String, PartyProfileRequest> parties,
            List<DecisionRequest> history, List<StepFile> steps, DecisionRequest request, ExpectFile expect) {
    }

    record StepFile(DecisionRequest request, ExpectFile expect) {
    }

    record ExpectFile(Outcome outcome, List<String> fired, @JsonProperty("notFired") List<String> notFired) {
    }

    /** Every scenario of the set; files that cannot be read become diagnostics with the file and line. */
    public List<Scenario> load(RuleSources sources, List<RuleDiagnostic> diagnostics) {
        List<Scenario> scenarios = new ArrayList<>();
        for (RuleFile file : sources.files()) {
            if (file.kind() != RuleFile.Kind.SCENARIO) continue;
            try {
                scenarios.add(parse(file));
            } catch (IOException | IllegalArgumentException e) {
                int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                        ? j.getLocation().getLineNr() : 0;
                String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                        ? j.getOriginalMessage() : e.getMessage();
                diagnostics.add(new RuleDiagnostic(file.path(), line, "scenario cannot be read: " + message));
            }
        }
        return scenarios;
    }

    Scenario parse(RuleFile file) throws IOException {
        ScenarioFile raw = YAML.readValue(file.content(), ScenarioFile.class);
        List<Scenario.Step> steps = new ArrayList<>();
        if (raw.steps() != null) raw.steps().forEach(s -> steps.add(step(s.request(), s.expect())));
        if (raw.request() != null) steps.add(step(raw.request(), raw.expect()));
        if (steps.isEmpty()) throw new IllegalArgumentException("no steps: give 'steps' or 'request' with 'expect'");
        String name = raw.name() != null ? raw.name() : file.path();
        return new Scenario(file.path(), name, raw.description(),
                raw.parties() == null ? Map.of() : new LinkedHashMap<>(raw.parties()),
                raw.history() == null ? List.of() : raw.history(), steps);
    }

    private static Scenario.Step step(DecisionRequest request, ExpectFile expect) {
        if (request == null) throw new IllegalArgumentException("a step has no request");
        if (expect == null) throw new IllegalArgumentException("step " + request.transactionId() + " has no expect");
        return new Scenario.Step(request, new Scenario.Expectation(expect.outcome(), ids(expect.fired()),
                ids(expect.notFired())));
    }

    private static Set<String> ids(List<String> ids) {
        return ids == null ? Set.of() : new LinkedHashSet<>(ids);
    }
}
