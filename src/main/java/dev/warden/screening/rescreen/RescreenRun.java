package dev.warden.screening.rescreen;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One re-screening run as {@code GET /v1/screening/rescreen/{id}} shows it.
 *
 * @param kind DELTA (a list's changed entries against every customer) or FULL (every customer against every list)
 * @param lists the list versions screened against, name to version
 * @param entries how many list entries the run screened against
 * @param total customers to screen (known once the run has counted them)
 * @param screened customers screened so far
 * @param hits hits raised by this run (new per party and entry version, not cleared)
 * @param summary what the run found, once done: what changed on the list, or that nothing did
 */
public record RescreenRun(UUID id, Kind kind, State state, Map<String, String> lists, long entries, long total,
        long screened, long hits, Instant submittedAt, Instant startedAt, Instant finishedAt, String summary,
        String error) {

    public enum Kind { DELTA, FULL }

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }
}
