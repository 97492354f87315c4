package dev.warden.decision;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.codec.digest.DigestUtils;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.warden.config.WardenConfig;
import dev.warden.db.DatabaseUnavailableException;
import dev.warden.db.FailureText;
import dev.warden.engine.DecisionEngine;
import dev.warden.engine.DecisionRequest;
import dev.warden.engine.Outcome;
import dev.warden.facts.Finding;
import dev.warden.facts.Transaction;
import dev.warden.history.HistoryConfig;
import dev.warden.history.HistorySource;
import dev.warden.history.TransactionRow;
import dev.warden.party.PartyProfiles;
import dev.warden.rules.CompiledRuleSet;
import dev.warden.rules.lifecycle.ActiveRuleSet;
import dev.warden.screening.ScreeningIndex;
import dev.warden.screening.WatchListRegistry;
import dev.warden.validation.InvalidFieldException;

/**
 * The decision path, in one pass: idempotency check, enrich (profiles, history window, screening, USD), evaluate,
 * decide, persist (group commit), answer. Callable without HTTP.
 */
@ApplicationScoped
public class DecisionService {
    private final ActiveRuleSet rules;
    private final WatchListRegistry watchlists;
    /** The history of live decisions: held in the service when it holds what a decision reaches back to. */
    private final HistorySource history;
    private final PartyProfiles profiles;
    private final DecisionJournal journal;
    private final DecisionRecords records;
    private final ObjectMapper json;
    private final WardenConfig config;
    private final DecisionEngine.Window window;
    private final io.micrometer.core.instrument.MeterRegistry metrics;
    private final DecisionMetrics decisionMetrics;
    private final Event<DecisionRecorded> recorded;
    private final DecisionEngine engine = new DecisionEngine();
    /** Sorted keys, no timestamps as numbers: the same request always serialises to the same bytes. */
    private final ObjectMapper canonical;
    private volatile WatchlistsJson lastWatchlists;

    public DecisionService(ActiveRuleSet rules, WatchListRegistry watchlists, HistorySource history,
            PartyProfiles profiles, DecisionJournal journal, DecisionRecords records, ObjectMapper json,
            WardenConfig config, HistoryConfig historyConfig, io.micrometer.core.instrument.MeterRegistry metrics, DecisionMetrics decisionMetrics,
            Event<DecisionRecorded> recorded) {
        this.metrics = metrics;
        this.decisionMetrics = decisionMetrics;
        this.rules = rules;
        this.watchlists = watchlists;
        this.history = history;
        this.profiles = profiles;
        this.journal = journal;
        this.records = records;
        this.json = json;
        this.config = config;
        this.window = DecisionEngine.Window.of(historyConfig);
        this.recorded = recorded;
        this.canonical = JsonMapper.builder().findAndAddModules()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    }

    /** A decision and whether it was answered from the record (an idempotent repeat). */
    public record Decided(String json, boolean repeated) {
    }

    public Decided decide(DecisionRequest request) {
        long start = System.nanoTime();
        String requestJson = write(canonical, normalised(request));
        String requestSha = DigestUtils.sha256Hex(requestJson);
        // No look-up of the transactionId first: a repeat is rare, and the journal's insert detects it
        // (ON CONFLICT), so the common path saves a query.
        CompiledRuleSet ruleSet = rules.current()
                .orElseThrow(() -> new DecisionUnavailableException("no valid rule set is loaded", null));
        ScreeningIndex index = watchlists.index();
        DecisionEngine.Evaluation evaluation;
        long enrichNanos;
        try {
            // Enrichment is the KYC profiles plus what the engine loads and screens (history, watch lists).
            long profilesStart = System.nanoTime();
            var profiles = loadProfiles(request);
            long profilesNanos = System.nanoTime() - profilesStart;
            evaluation = engine.evaluate(ruleSet, index, request, profiles, history, window());
            enrichNanos = profilesNanos + evaluation.enrichNanos();
        } catch (DatabaseUnavailableException e) {
            return degraded(e, ruleSet, index, request, start, null);
        }
        long evaluated = System.nanoTime();

        DecisionResponse response = new DecisionResponse(UUID.randomUUID(), request.transactionId(),
                evaluation.outcome(), evaluation.riskScore(), evaluation.findings(), ruleSet.version(),
                index.versions(), Instant.now(), true, timings(evaluated - start, enrichNanos, evaluation, 0));
        ResponseJson responseJson = new ResponseJson(json, response, watchlistsJson(index));
        boolean inserted;
        try {
            inserted = persist(request, requestJson, requestSha, response, responseJson, evaluation.transaction());
        } catch (DatabaseUnavailableException e) {
            return degraded(e, ruleSet, index, request, start, evaluation);
        }
        if (!inserted) {
            // This transactionId is already recorded (a retry, or a concurrent twin that committed first).
            return repeatOrConflict(records.byTransactionId(request.transactionId()).orElseThrow(), requestSha);
        }
        long persisted = System.nanoTime();
        // After the record is durable and before the answer (shadow mode offers it to its bounded queue).
        recorded.fire(new DecisionRecorded(evaluation, response));
        DecisionResponse answered = response.withTimings(
                timings(persisted - start, enrichNanos, evaluation, persisted - evaluated));
        decisionMetrics.decided(answered.decisionId().toString(), request.transactionId(), answered.outcome(),
                answered.findings(), persisted - start, enrichNanos, evaluation.historyNanos(), evaluation.rulesNanos());
        return new Decided(responseJson.withTimings(answered.timings()), false);
    }

    /**
     * The answer {@link #decide} would give now, without recording it: profiles, history, screening, rules, the
     * canonical request and its hash, the response JSON. Reads PostgreSQL, writes nothing (no record, no history row,
     * no alert), fires no event, counts in no metric, and does not look for an earlier decision of the same
     * transactionId. Its decisionId names nothing stored. For callers trying a payment out and for the warm-up.
     */
    public String simulate(DecisionRequest request) {
        long start = System.nanoTime();
        DigestUtils.sha256Hex(write(canonical, normalised(request)));
        CompiledRuleSet ruleSet = rules.current()
                .orElseThrow(() -> new DecisionUnavailableException("no valid rule set is loaded", null));
        ScreeningIndex index = watchlists.index();
        DecisionEngine.Evaluation evaluation = engine.evaluate(ruleSet, index, request, loadProfiles(request),
                history, window());
        DecisionResponse.Timings timings = timings(System.nanoTime() - start, evaluation.enrichNanos(), evaluation, 0);
        DecisionResponse response = new DecisionResponse(UUID.randomUUID(), request.transactionId(),
                evaluation.outcome(), evaluation.riskScore(), evaluation.findings(), ruleSet.version(),
                index.versions(), Instant.now(), false, timings);
        return new ResponseJson(json, response, watchlistsJson(index)).withTimings(timings);
    }

    /** The watch-list versions of an index as JSON, written once per index (every decision records them). */
    private String watchlistsJson(ScreeningIndex index) {
        WatchlistsJson last = lastWatchlists;
        if (last == null || last.index() != index) {
            last = new WatchlistsJson(index, write(json, index.versions()));
            lastWatchlists = last;
        }
        return last.json();
    }

    private record WatchlistsJson(ScreeningIndex index, String json) {
    }


    /**
     * Refuses, as {@link #decide} would, a request the serving rule set cannot decide (a currency without a USD
     * rate): for callers that check a batch before deciding any of it.
     */
    public void checkDecidable(DecisionRequest request) {
        rules.current().ifPresent(ruleSet -> DecisionEngine.amountUsd(ruleSet, request));
    }

    private java.util.Map<String, dev.warden.facts.KycProfile> loadProfiles(DecisionRequest request) {
        try {
            return profiles.load(DecisionEngine.partyIds(request));
        } catch (PartyProfiles.ProfilesUnavailableException e) {
            throw new DatabaseUnavailableException("KYC profiles", e);
        }
    }

    /**
     * The database failed: 503, or (fail closed) an unrecorded REVIEW decided on what is in memory. When the
     * failure came at the commit, the evaluation already saw the full facts and is reused.
     */
    private Decided degraded(DatabaseUnavailableException cause, CompiledRuleSet ruleSet, ScreeningIndex index,
            DecisionRequest request, long start, DecisionEngine.Evaluation complete) {
        String sqlState = FailureText.sqlState(cause);
        if (FailureText.isDataError(sqlState)) {
            // The database refused a value of this request: no outage, so neither 503 nor a degraded decision.
            throw new InvalidFieldException("$", "a value the database cannot use (SQLState " + sqlState + ")");
        }
        metrics.counter("warden.decisions.degraded", "policy", config.decisions().onDatabaseFailure().name()).increment();
        if (config.decisions().onDatabaseFailure() != WardenConfig.Decisions.DatabaseFailurePolicy.FAIL_CLOSED) {
            throw new DecisionUnavailableException(cause.getMessage(), cause);
        }
        DecisionEngine.Evaluation evaluation = complete != null ? complete
                : engine.evaluate(ruleSet, index, request, java.util.Map.of(), new dev.warden.history.held.InMemoryHistory(), window());
        java.util.List<dev.warden.facts.Finding> findings = DegradedDecision.withDegradedFinding(evaluation.findings(), cause);
        long now = System.nanoTime();
        DecisionResponse response = new DecisionResponse(UUID.randomUUID(), request.transactionId(),
                Outcome.of(findings), Outcome.riskScore(findings), findings, ruleSet.version(), index.versions(),
                Instant.now(), false, timings(now - start, evaluation.enrichNanos(), evaluation, 0));
        return new Decided(write(json, response), false);
    }

    private static DecisionResponse.Timings timings(long totalNanos, long enrichNanos,
            DecisionEngine.Evaluation evaluation, long persistNanos) {
        return new DecisionResponse.Timings(totalNanos / 1_000, enrichNanos / 1_000, evaluation.historyNanos() / 1_000,
                evaluation.screeningNanos() / 1_000, evaluation.rulesNanos() / 1_000, persistNanos / 1_000);
    }

    public DecisionEngine.Window window() {
        return window;
    }

    private Decided repeatOrConflict(DecisionRecord record, String requestSha) {
        if (!record.requestSha256.equals(requestSha)) {
            throw new DecisionConflictException(record.transactionId, record.decisionId.toString());
        }
        return new Decided(record.response, true);
    }

    private boolean persist(DecisionRequest request, String requestJson, String requestSha,
            DecisionResponse response, ResponseJson responseJson, Transaction t) {
        DecisionRow decision = new DecisionRow(response.decisionId(), request.transactionId(), requestSha,
                requestJson, responseJson.withTimings(response.timings()), response.outcome(), response.riskScore(),
                response.ruleSetVersion(), responseJson.watchlists(), request.originator().partyId(),
                request.beneficiary().partyId(), request.occurredAt(), response.decidedAt(),
                response.findings().stream().map(Finding::getRuleId).distinct().toList(),
                response.outcome() == Outcome.ALLOW ? "[]" : responseJson.findings());
        TransactionRow row = TransactionRow.of(t);
        try {
            return journal.append(decision, row).get(config.decisions().commitTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RecordingFailedException failed) {
                // A value of this request alone was refused: the caller's error (400), not an outage.
                if (failed.rejectedData()) throw failed;
                throw new DatabaseUnavailableException("commit", failed);
            }
            if (e.getCause() instanceof DecisionUnavailableException unavailable) throw unavailable;
            throw new DecisionUnavailableException("the decision could not be recorded", e.getCause());
        } catch (TimeoutException e) {
            throw new DecisionUnavailableException("the decision was not recorded within "
                    + config.decisions().commitTimeout(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecisionUnavailableException("interrupted while recording", e);
        }
    }

    /** Amounts that differ only in trailing zeros ("9500.00" and "9500") are the same request. */
    private static DecisionRequest normalised(DecisionRequest r) {
        return new DecisionRequest(r.transactionId(), r.occurredAt(), r.type(), r.amount().stripTrailingZeros(),
                r.currency(), r.originator(), r.beneficiary(), r.channel(), r.purpose(), r.travelRule(), r.involved());
    }

    private static String write(ObjectMapper mapper, Object value) {
        return ResponseJson.write(mapper, value);
    }
}
