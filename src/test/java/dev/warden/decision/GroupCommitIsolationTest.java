package dev.warden.decision;

import dev.warden.history.TransactionRow;
import dev.warden.engine.DecisionRequest;
import dev.warden.engine.Outcome;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.api.Problem;
import dev.warden.api.ProblemMappers;
import dev.warden.testing.Database;
import dev.warden.testing.LogCapture;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A decision whose values PostgreSQL refuses fails alone: the other decisions of its group commit are recorded and
 * answered, and neither its answer nor any log line carries the values of the decisions it was committed with.
 * Validation stops every such value that is known (HostileInputTest); these tests hand the journal and the
 * service what validation would stop, to show the commit holds when something new gets through.
 */
@QuarkusTest
class GroupCommitIsolationTest {
    private static final String NAME = "Zoltan Quixote";

    @Inject
    DecisionJournal journal;
    @Inject
    DecisionService service;
    @Inject
    ObjectMapper json;
    @Inject
    DataSource dataSource;

    @Test
    void aRefusedDecisionFailsAloneItsGroupCommitIsRecordedAndTheLogHoldsOnlyItsSqlStateAndErrorId() throws Exception {
        String run = Requests.uniqueId("journal");
        List<CompletableFuture<Boolean>> honest = new ArrayList<>();
        List<CompletableFuture<Boolean>> refused = new ArrayList<>();
        try (LogCapture log = LogCapture.of("")) {
            // Queued at once, so every batch the writers take (up to warden.decisions.max-batch) mixes both kinds.
            for (int i = 0; i < 440; i++) {
                boolean poison = i % 11 == 10;
                String id = run + (poison ? "-bad-" : "-ok-") + i;
                // jsonb refuses the \u0000 escape (SQLState 22P05); validation would have refused the request.
                String name = poison ? "Zoltan\\u0000Quixote" : NAME;
                (poison ? refused : honest).add(journal.append(decision(id, name), transaction(id, "acc-zq-" + i)));
            }
            for (CompletableFuture<Boolean> committed : honest) assertThat(committed.get(60, TimeUnit.SECONDS)).isTrue();
            List<String> errorIds = new ArrayList<>();
            for (CompletableFuture<Boolean> committed : refused) {
                Throwable failure = catchThrowable(() -> committed.get(60, TimeUnit.SECONDS)).getCause();
                assertThat(failure).isInstanceOf(RecordingFailedException.class);
                RecordingFailedException rejected = (RecordingFailedException) failure;
                assertThat(rejected.rejectedData()).isTrue();
                assertThat(rejected.sqlState()).isEqualTo("22P05");
                errorIds.add(rejected.errorId());
            }

            List<String> lines = log.lines();
            for (String errorId : errorIds) {
                assertThat(lines).filteredOn(l -> l.contains(errorId)).singleElement().asString()
                        .contains("SQLState 22P05", "not recorded");
            }
            assertThat(lines).noneMatch(l -> l.contains("Zoltan") || l.contains("Quixote") || l.contains("acc-zq")
                    || l.contains("7777.77") || l.contains("INSERT"));
        }
        assertThat(Database.recorded(dataSource, "decisions", run + "-ok-")).isEqualTo(400);
        assertThat(Database.recorded(dataSource, "transactions", run + "-ok-")).isEqualTo(400);
        assertThat(Database.recorded(dataSource, "transactions", run + "-bad-")).isZero();
        // Each REVIEW opened its alert (and its case) in its decision's transaction; the refused ones have none.
        assertThat(Database.recorded(dataSource, "alerts", run + "-ok-")).isEqualTo(400);
        assertThat(Database.recorded(dataSource, "alerts", run + "-bad-")).isZero();
        assertThat(Database.count(dataSource, "SELECT count(*) FROM review_cases WHERE customer_key LIKE ?",
                "account:acc-zq-%")).isGreaterThanOrEqualTo(400);
        assertThat(Database.count(dataSource, "SELECT count(*) FROM events WHERE type = 'decision.flagged' "
                + "AND payload->>'transactionId' LIKE ?", run + "-bad-%")).isZero();
    }

    /** Through the service, beside honest requests over HTTP: the refused one answers 400 with its error id only. */
    @Test
    void aRequestTheDatabaseRefusesIs400WithAnErrorIdAndHonestRequestsBesideItAre200() throws Exception {
        String run = Requests.uniqueId("service");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> honest = new ArrayList<>();
        List<Future<Throwable>> refused = new ArrayList<>();
        try {
            for (int i = 0; i < 110; i++) {
                String body = Requests.wire(run + "-" + i, "2026-11-20T10:15:30Z", "7777.77", run + "-cust",
                        "acc-zq-" + run + i, "acc-zq-ben-" + run).replace("Ivan Petrov", NAME);
                if (i % 11 == 10) {
                    // The resource would refuse this name; the service behind it is handed it directly.
                    DecisionRequest request = json.readValue(body.replace(NAME, "Zoltan\\u0000Quixote"), DecisionRequest.class);
                    refused.add(pool.submit(() -> catchThrowable(() -> service.decide(request))));
                } else {
                    honest.add(pool.submit(() -> given().contentType("application/json").body(body)
                            .post("/v1/decisions").statusCode()));
                }
            }
            for (Future<Integer> status : honest) assertThat(status.get()).isEqualTo(200);
            for (Future<Throwable> failure : refused) {
                assertThat(failure.get()).isInstanceOf(RecordingFailedException.class);
                Response answer = new ProblemMappers().refusedByDatabase((RecordingFailedException) failure.get());
                assertThat(answer.getStatus()).isEqualTo(400);
                Problem problem = (Problem) answer.getEntity();
                assertThat(problem.errorId()).isEqualTo(((RecordingFailedException) failure.get()).errorId());
                assertThat(json.writeValueAsString(problem)).contains("22P05")
                        .doesNotContain("Zoltan", "Quixote", "acc-zq", "7777.77", "INSERT", "Exception");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Database.recorded(dataSource, "decisions", run + "-")).isEqualTo(100);
    }

    private static DecisionRow decision(String transactionId, String escapedName) {
        Instant now = Instant.now();
        String request = "{\"transactionId\": \"" + transactionId + "\", \"amount\": \"7777.77\", "
                + "\"originator\": {\"name\": \"" + escapedName + "\", \"accountId\": \"acc-zq\"}}";
        // A REVIEW, so that the commit also opens its alert.
        String response = "{\"findings\": [{\"ruleId\": \"KYC_UNVERIFIED_ABOVE_THRESHOLD\", \"severity\": \"REVIEW\"}]}";
        return new DecisionRow(UUID.randomUUID(), transactionId, "0".repeat(64), request, response, Outcome.REVIEW, 60,
                "test", "{}", null, null, now, now);
    }

    private static TransactionRow transaction(String transactionId, String account) {
        BigDecimal amount = new BigDecimal("7777.77");
        return new TransactionRow(transactionId, Instant.now(), "WIRE", amount, "USD", amount, account, account + "-ben",
                null, null, "KG", "AE", null, null, false);
    }
}
