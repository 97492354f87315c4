package dev.warden.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.db.DatabaseUnavailableException;
import dev.warden.decision.DecisionUnavailableException;
import dev.warden.testing.LogCapture;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Failures Warden does not explain to the caller answer a generic detail and an error id, which the one log line
 * about them carries too; neither holds SQL, a stack trace or values. The database exceptions here carry what
 * PgJDBC and PostgreSQL really put in their messages: the failed batch entry with its parameters.
 */
@QuarkusTest
class ErrorBodiesTest {
    private static final String LEAKY = "Batch entry 3 INSERT INTO decisions (decision_id, request) VALUES "
            + "(('5b1e'), ('{\"originator\": {\"name\": \"Zoltan Quixote\", \"accountId\": \"acc-zq-8841\"}, "
            + "\"amount\": \"7777.77\"}')) was aborted: ERROR: value too long for type character varying(128)";

    @Inject
    ObjectMapper json;

    @Test
    void aDatabaseOutageIs503WithAnErrorIdAndNoSql() throws Exception {
        SQLException sql = new BatchUpdateException(LEAKY, "08006", new int[0]);
        assertGeneric(() -> new ProblemMappers().unavailable(new DecisionUnavailableException(
                "the database is unavailable (commit)", new DatabaseUnavailableException("commit", sql))), 503, "08006");
    }

    @Test
    void aValueTheDatabaseRefusesIs400WithAnErrorIdAndNoSql() throws Exception {
        assertGeneric(() -> new ProblemMappers().persistence(new PersistenceException(LEAKY,
                new SQLException(LEAKY, "22001"))), 400, "22001");
    }

    @Test
    void aBugIs500WithAnErrorIdAndNoMessage() throws Exception {
        assertGeneric(() -> new ProblemMappers().unexpected(new IllegalStateException(LEAKY)), 500, "IllegalStateException");
    }

    private void assertGeneric(ResponseSupplier failure, int status, String logged) throws Exception {
        try (LogCapture log = LogCapture.of("dev.warden.api")) {
            Response response = failure.get();
            assertThat(response.getStatus()).isEqualTo(status);
            Problem problem = (Problem) response.getEntity();
            assertThat(UUID.fromString(problem.errorId())).isNotNull();
            String body = json.writeValueAsString(problem);
            assertThat(body).doesNotContain("INSERT", "Zoltan", "acc-zq", "7777", "Exception", "at dev.");
            assertThat(log.lines()).filteredOn(l -> l.contains(problem.errorId())).singleElement().asString()
                    .contains(logged).doesNotContain("INSERT", "Zoltan", "acc-zq", "7777");
        }
    }

    @FunctionalInterface
    private interface ResponseSupplier {
        Response get() throws Exception;
    }
}
