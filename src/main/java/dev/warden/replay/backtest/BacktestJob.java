package dev.warden.replay.backtest;

import java.time.Instant;
import java.util.UUID;

/** One backtest as {@code GET /v1/rules/backtest/{id}} shows it: where it stands and, once done, its report. */
public record BacktestJob(UUID id, Status status, String candidateVersion, Instant from, Instant to,
        Instant submittedAt, Instant startedAt, Instant finishedAt, long decisionsDone, String error,
        BacktestReport report) {

    public enum Status {
        QUEUED, RUNNING, DONE, FAILED
    }

    boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    BacktestJob running(Instant at) {
        return new BacktestJob(id, Status.RUNNING, candidateVersion, from, to, submittedAt, at, null, 0, null, null);
    }

    BacktestJob progressed(long done) {
        return new BacktestJob(id, status, candidateVersion, from, to, submittedAt, startedAt, null, done, null, null);
    }

    BacktestJob done(Instant at, BacktestReport result) {
        return new BacktestJob(id, Status.DONE, candidateVersion, from, to, submittedAt, startedAt, at,
                result.decisions(), null, result);
    }

    BacktestJob failed(Instant at, String reason) {
        return new BacktestJob(id, Status.FAILED, candidateVersion, from, to, submittedAt, startedAt, at,
                decisionsDone, reason, null);
    }
}
