package dev.warden.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.decision.DecisionService;
import dev.warden.testing.Database;
import io.quarkus.test.junit.QuarkusTest;

/** The warm-up's in-process fallback: it decides the synthetic requests as the endpoint would and records nothing. */
@QuarkusTest
class InProcessDecisionsTest {
    @Inject
    DecisionService decisions;
    @Inject
    ObjectMapper json;
    @Inject
    Validator validator;
    @Inject
    DataSource dataSource;

    @Test
    void everySyntheticRequestIsDecidedAndNoneIsRecorded() throws Exception {
        InProcessDecisions inProcess = new InProcessDecisions(decisions, json, validator);
        SyntheticRequests requests = new SyntheticRequests();
        List<String> outcomes = new ArrayList<>();
        for (int n = 0; n < 100; n++) {
            outcomes.add(json.readTree(inProcess.rehearse(requests.next(n))).path("outcome").asText());
        }
        assertThat(outcomes).isSubsetOf("ALLOW", "REVIEW", "BLOCK");
        // The listed payees among the shapes are decided as a caller's would be: screened and blocked.
        assertThat(outcomes).contains("ALLOW", "BLOCK");
        assertThat(Database.recorded(dataSource, "decisions", "warmup-")).isZero();
        assertThat(Database.recorded(dataSource, "transactions", "warmup-")).isZero();
    }

    @Test
    void aRequestTheEndpointWouldRefuseStopsTheWarmUpNamingTheField() {
        InProcessDecisions inProcess = new InProcessDecisions(decisions, json, validator);
        String refused = new SyntheticRequests().next(7).replaceFirst("\"amount\":\"[0-9.]+\"", "\"amount\":\"-5.00\"");
        assertThat(refused).contains("\"amount\":\"-5.00\"");
        assertThatThrownBy(() -> inProcess.rehearse(refused)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("amount").hasMessageContaining("greater than 0");
    }
}
