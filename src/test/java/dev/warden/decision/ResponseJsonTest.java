package dev.warden.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.engine.Outcome;
import dev.warden.facts.Category;
import dev.warden.facts.Finding;
import dev.warden.facts.Severity;
import io.quarkus.test.junit.QuarkusTest;

/** The decision JSON composed from parts written once is, byte for byte, what the service's mapper writes. */
@QuarkusTest
class ResponseJsonTest {
    @Inject
    ObjectMapper json;

    private static DecisionResponse response(List<Finding> findings, String ruleSetVersion, boolean recorded) {
        return new DecisionResponse(UUID.randomUUID(), "pay-\"quoted\"-ü", Outcome.of(findings),
                Outcome.riskScore(findings), findings, ruleSetVersion,
                new LinkedHashMap<>(Map.of("OFAC_SDN", "sls-2025-11-19", "UN", "2025-11-18")),
                Instant.parse("2026-11-20T10:15:30.123456Z"), recorded,
                new DecisionResponse.Timings(1234, 800, 100, 200, 300, 0));
    }

    private static Finding finding(String ruleId, Severity severity, int score) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("partyId", "p-1");
        evidence.put("amountUsd", new BigDecimal("9500.00"));
        evidence.put("names", List.of("Гарантекс", "Garantex"));
        evidence.put("missing", null);
        return new Finding(ruleId, Category.SANCTIONS, severity, score, "a message with \"quotes\"\n", evidence);
    }

    @Test
    void theComposedJsonIsWhatTheMapperWritesForTheResponse() throws Exception {
        for (DecisionResponse r : List.of(response(List.of(), "rules-1", true),
                response(List.of(finding("SANCTIONS_X", Severity.BLOCK, 100), finding("KYC_Y", Severity.REVIEW, 40)),
                        "rules-2", true),
                response(List.of(finding("INFO_Z", Severity.INFO, 0)), null, false))) {
            ResponseJson composed = new ResponseJson(json, r, json.writeValueAsString(r.watchlists()));
            assertThat(composed.withTimings(r.timings())).isEqualTo(json.writeValueAsString(r));
            DecisionResponse.Timings later = new DecisionResponse.Timings(5678, 800, 100, 200, 300, 4000);
            assertThat(composed.withTimings(later)).isEqualTo(json.writeValueAsString(r.withTimings(later)));
            assertThat(composed.findings()).isEqualTo(json.writeValueAsString(r.findings()));
            assertThat(composed.watchlists()).isEqualTo(json.writeValueAsString(r.watchlists()));
        }
    }
}
