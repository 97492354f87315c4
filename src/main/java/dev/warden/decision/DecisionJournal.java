package dev.warden.decision;

import dev.warden.engine.Outcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.warden.history.HistoryWritten;
import dev.warden.history.TransactionRow;
import dev.warden.history.TransactionsTable;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;


import dev.warden.config.WardenConfig;
import dev.warden.db.FailureText;
import dev.warden.facts.Severity;
import dev.warden.review.AlertIntake;
import dev.warden.review.FlaggedDecision;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;

/**
 * The write path, with group commit: decisions waiting to be recorded share one database transaction, and each
 * caller's future completes only when the commit that holds its record has returned. Durable, without one
 * fsync per request. The decision, its history row and, for REVIEW and BLOCK, its alert (review.AlertIntake)
 * are written in the same transaction; a decision whose
 * transactionId is already recorded inserts nothing (its future answers false). One decision the database refuses
 * fails alone. Nothing the database says about a failure is logged but its SQLState: its messages quote values.
 */
@ApplicationScoped
public class DecisionJournal {
    private static final Logger LOG = Logger.getLogger(DecisionJournal.class);

    private static final String INSERT_DECISION = """
            INSERT INTO decisions (decision_id, transaction_id, request_sha256, request, response, outcome,
                                   risk_score, rule_set_version, watchlist_versions, originator_party_id,
                                   beneficiary_party_id, occurred_at, decided_at)
            VALUES (?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?)
            ON CONFLICT (transaction_id) DO NOTHING""";

    private final DataSource dataSource;
    /** Told of every commit, so that the next decision's history holds the decisions just recorded. */
    private final Event<HistoryWritten> written;
    /** REVIEW and BLOCK decisions open their alerts in the transaction that records them. */
    private final AlertIntake intake;
    private final int maxBatch;
    private final int writerCount;
    private final BlockingQueue<Pending> queue;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running = true;
    /** Where a decision's persist time goes: waiting for a writer, the transaction, the history's catch-up after it. */
    private final Timer waited;
    private final Timer committing;
    private final Timer catchingUp;
    private final DistributionSummary batchSize;

    private record Pending(DecisionRow decision, TransactionRow transaction, CompletableFuture<Boolean> committed,
            long queuedAt) {
    }

    public DecisionJournal(DataSource dataSource, WardenConfig config, Event<HistoryWritten> written,
            AlertIntake intake, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.written = written;
        this.intake = intake;
        this.maxBatch = config.decisions().maxBatch();
        this.writerCount = config.decisions().writers();
        this.queue = new ArrayBlockingQueue<>(config.decisions().queueCapacity());
        this.waited = Timer.builder("warden.journal.wait")
                .description("From a decision's arrival in the journal's queue until a writer takes it")
                .publishPercentileHistogram().register(registry);
        this.committing = Timer.builder("warden.journal.commit")
                .description("One group commit: the inserts of its decisions, history rows and alerts, and the commit")
                .publishPercentileHistogram().register(registry);
        this.catchingUp = Timer.builder("warden.journal.catchup")
                .description("After a commit, before its answers: the held history reading back what was committed")
                .publishPercentileHistogram().register(registry);
        this.batchSize = DistributionSummary.builder("warden.journal.batch")
                .description("Decisions per group commit").publishPercentileHistogram().register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        for (int i = 0; i < writerCount; i++) {
            Thread writer = new Thread(this::writeLoop, "decision-journal-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    /**
     * Queues a decision for the next group commit. The future completes with true when committed, false when
     * the transactionId was already recorded, or exceptionally: with {@link RecordingFailedException} when the
     * database refused this decision's values (only this one fails) or the commit failed, with
     * {@link DecisionUnavailableException} when the queue is full or the journal stopping.
     */
    public CompletableFuture<Boolean> append(DecisionRow decision, TransactionRow transaction) {
        CompletableFuture<Boolean> committed = new CompletableFuture<>();
        if (!running || !queue.offer(new Pending(decision, transaction, committed, System.nanoTime()))) {
            committed.completeExceptionally(new DecisionUnavailableException("the decision journal is full or stopping", null));
        }
        return committed;
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                long taken = System.nanoTime();
                for (Pending pending : batch) waited.record(taken - pending.queuedAt(), TimeUnit.NANOSECONDS);
                batchSize.record(batch.size());
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                RecordingFailedException failure = new RecordingFailedException(UUID.randomUUID().toString(), null);
                LOG.errorf("decision journal writer failed: %s [error id %s]", FailureText.describe(e), failure.errorId());
                batch.forEach(p -> p.committed().completeExceptionally(failure));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        List<Object> results;
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                results = writeTogether(connection, batch);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            RecordingFailedException failure = new RecordingFailedException(UUID.randomUUID().toString(),
                    FailureText.sqlState(e));
            LOG.warnf("group commit of %d decisions failed: %s [error id %s]", batch.size(), FailureText.describe(e),
                    failure.errorId());
            batch.forEach(p -> p.committed().completeExceptionally(failure));
            return;
        }
        long commitReturned = System.nanoTime();
        committing.record(commitReturned - start, TimeUnit.NANOSECONDS);
        // Before the answers: a client's next decision must see the ones it was just answered (a synchronous event:
        // the history held in the service catches up on this thread).
        written.fire(new HistoryWritten());
        catchingUp.record(System.nanoTime() - commitReturned, TimeUnit.NANOSECONDS);
        for (int i = 0; i < batch.size(); i++) {
            CompletableFuture<Boolean> committed = batch.get(i).committed();
            if (results.get(i) instanceof RecordingFailedException rejected) committed.completeExceptionally(rejected);
            else committed.complete((Boolean) results.get(i));
        }
    }

    /**
     * The whole batch in one transaction. When the database refuses a value of one decision (a data error), the
     * batch is written again entry by entry, each under its own savepoint: the others are committed and only
     * that one answers with an error. Per entry: whether it was inserted, or the rejection.
     */
    private List<Object> writeTogether(Connection connection, List<Pending> batch) throws SQLException {
        try {
            int[] inserted = insertDecisions(connection, batch);
            insertTransactions(connection, batch, inserted);
            openAlerts(connection, batch, inserted);
            connection.commit();
            return Arrays.stream(inserted).<Object>mapToObj(n -> n > 0).toList();
        } catch (SQLException e) {
            if (!FailureText.isDataError(FailureText.sqlState(e))) throw e;
            connection.rollback();
        }
        List<Object> results = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            Savepoint savepoint = connection.setSavepoint();
            try {
                int[] inserted = insertDecisions(connection, List.of(pending));
                insertTransactions(connection, List.of(pending), inserted);
                openAlerts(connection, List.of(pending), inserted);
                connection.releaseSavepoint(savepoint);
                results.add(inserted[0] > 0);
            } catch (SQLException e) {
                String state = FailureText.sqlState(e);
                if (!FailureText.isDataError(state)) throw e;
                connection.rollback(savepoint);
                RecordingFailedException rejected = new RecordingFailedException(UUID.randomUUID().toString(), state);
                LOG.warnf("decision %s of transaction %s not recorded: the database refused one of its values, "
                        + "SQLState %s [error id %s]", pending.decision().decisionId(), pending.decision().transactionId(),
                        state, rejected.errorId());
                results.add(rejected);
            }
        }
        connection.commit();
        return results;
    }

    private static int[] insertDecisions(Connection connection, List<Pending> batch) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_DECISION)) {
            for (Pending pending : batch) {
                DecisionRow d = pending.decision();
                insert.setObject(1, d.decisionId());
                insert.setString(2, d.transactionId());
                insert.setString(3, d.requestSha256());
                insert.setString(4, d.requestJson());
                insert.setString(5, d.responseJson());
                insert.setString(6, d.outcome().name());
                insert.setInt(7, d.riskScore());
                insert.setString(8, d.ruleSetVersion());
                insert.setString(9, d.watchlistVersionsJson());
                insert.setString(10, d.originatorPartyId());
                insert.setString(11, d.beneficiaryPartyId());
                insert.setTimestamp(12, Timestamp.from(d.occurredAt()));
                insert.setTimestamp(13, Timestamp.from(d.decidedAt()));
                insert.addBatch();
            }
            return insert.executeBatch();
        }
    }

    private static void insertTransactions(Connection connection, List<Pending> batch, int[] inserted)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(TransactionsTable.INSERT)) {
            int rows = 0;
            for (int i = 0; i < batch.size(); i++) {
                if (inserted[i] <= 0) continue;
                TransactionsTable.bind(insert, batch.get(i).transaction());
                insert.addBatch();
                rows++;
            }
            if (rows > 0) insert.executeBatch();
        }
    }

    /**
     * An alert for every REVIEW and BLOCK decision this transaction inserts (an idempotent repeat inserts none),
     * written by review in the same transaction: a rollback loses both, a commit keeps both.
     */
    private void openAlerts(Connection connection, List<Pending> batch, int[] inserted) throws SQLException {
        List<FlaggedDecision> flagged = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            DecisionRow d = batch.get(i).decision();
            if (inserted[i] <= 0 || d.outcome() == Outcome.ALLOW) continue;
            TransactionRow t = batch.get(i).transaction();
            flagged.add(new FlaggedDecision(d.decisionId(), d.transactionId(), Severity.valueOf(d.outcome().name()),
                    d.riskScore(), d.rules(), d.findingsJson(), d.originatorPartyId(), d.beneficiaryPartyId(),
                    t.originatorAccount(), t.beneficiaryAccount(), d.occurredAt(), d.decidedAt()));
        }
        intake.openForDecisions(connection, flagged);
    }

    /** Lets queued decisions reach the database before the process exits (graceful shutdown). */
    @PreDestroy
    void stop() {
        running = false;
        for (Thread writer : writers) {
            try {
                writer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
