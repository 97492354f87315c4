package dev.warden.screening.rescreen;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** The live counters of one run, written by its workers and read by the job API. */
final class RunProgress {
    final UUID id = UUID.randomUUID();
    final RescreenRun.Kind kind;
    final Instant submittedAt = Instant.now();
    final AtomicLong screened = new AtomicLong();
    final AtomicLong hits = new AtomicLong();
    private volatile RescreenRun.State state = RescreenRun.State.QUEUED;
    private volatile Map<String, String> lists = Map.of();
    private volatile long entries;
    private volatile long total = -1;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String error;
    private volatile String summary;

    RunProgress(RescreenRun.Kind kind) {
        this.kind = kind;
    }

    void started(Map<String, String> versions, long entryCount) {
        lists = Map.copyOf(versions);
        entries = entryCount;
        startedAt = Instant.now();
        state = RescreenRun.State.RUNNING;
    }

    void total(long customers) {
        total = customers;
    }

    void done(String what) {
        summary = what;
        finishedAt = Instant.now();
        state = RescreenRun.State.DONE;
    }

    void failed(String reason) {
        error = reason;
        finishedAt = Instant.now();
        state = RescreenRun.State.FAILED;
    }

    boolean finished() {
        return state == RescreenRun.State.DONE || state == RescreenRun.State.FAILED;
    }

    double seconds() {
        return startedAt == null || finishedAt == null ? 0 : java.time.Duration.between(startedAt, finishedAt).toMillis() / 1000.0;
    }

    RescreenRun view() {
        return new RescreenRun(id, kind, state, lists, entries, total, screened.get(), hits.get(), submittedAt, startedAt,
                finishedAt, summary, error);
    }
}
