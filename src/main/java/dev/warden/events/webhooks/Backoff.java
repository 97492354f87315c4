package dev.warden.events.webhooks;

import java.time.Duration;

/**
 * The wait before the next attempt: the initial backoff doubled after each failed attempt, capped, then jittered
 * down by up to a quarter so that deliveries that failed together (a receiver down) do not all return together.
 */
record Backoff(Duration initial, Duration max) {

    /** The wait after {@code failedAttempts} failures (1 or more); {@code random} is uniform in [0, 1). */
    Duration after(int failedAttempts, double random) {
        long cap = max.toMillis();
        long wait = initial.toMillis();
        for (int i = 1; i < failedAttempts && wait < cap; i++) wait *= 2;
        wait = Math.min(wait, cap);
        return Duration.ofMillis(Math.round(wait * (1.0 - 0.25 * random)));
    }
}
