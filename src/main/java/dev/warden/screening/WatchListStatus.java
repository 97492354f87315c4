package dev.warden.screening;

import java.time.Instant;

/**
 * How one configured list is doing: the version serving now, when it was loaded, and the last attempt's error if
 * the last refresh failed (the previous version then keeps serving).
 */
public record WatchListStatus(String name, String location, String version, int entries, Instant loadedAt,
        Instant lastAttemptAt, String lastError, int consecutiveFailures) {

    public enum State { OK, STALE, MISSING }

    public State state() {
        if (version == null) return State.MISSING;
        return lastError == null ? State.OK : State.STALE;
    }
}
