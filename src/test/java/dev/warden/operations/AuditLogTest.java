package dev.warden.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.warden.testing.Decisions;
import dev.warden.testing.LogCapture;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The INFO line a flagged decision writes carries the decision and transaction ids (in the MDC, so the JSON log
 * has them as fields) and no personal data: no name, account or amount of the request.
 */
@QuarkusTest
class AuditLogTest {
    private LogCapture audit;

    @BeforeEach
    void listen() {
        audit = LogCapture.of("dev.warden.decision.audit");
    }

    @AfterEach
    void stop() {
        audit.close();
    }

    @Test
    void aReviewIsLoggedWithItsIdsAndWithoutPersonalData() {
        String id = Requests.uniqueId("audit-log");
        String body = Requests.wire(id, "2026-11-20T10:15:30Z", "7777.77", Requests.uniqueId("cust"), "acc-zq-8841", "acc-zq-9902")
                .replace("Ivan Petrov", "Zoltan Quixote");
        JsonPath decision = Decisions.decide(body);
        assertThat(decision.getString("outcome")).isEqualTo("REVIEW");

        ExtLogRecord line = audit.records().stream().filter(r -> id.equals(r.getMdc("transactionId"))).findFirst().orElseThrow();
        assertThat(line.getLevel().getName()).isEqualTo("INFO");
        assertThat(line.getMdc("decisionId")).isEqualTo(decision.getString("decisionId"));
        String text = line.getFormattedMessage();
        assertThat(text).contains("REVIEW", "KYC_UNVERIFIED_ABOVE_THRESHOLD")
                .doesNotContain("Zoltan", "Quixote", "acc-zq", "7777", "Aurora");
    }
}
