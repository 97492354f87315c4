package dev.warden.events.webhooks;

import java.time.Duration;
import java.time.Instant;

/**
 * What one attempt came to: the HTTP status, or the class of the error when there was no answer (timeout,
 * refused connection), a short excerpt of a refusal's body, and how long it took.
 */
record AttemptResult(Instant at, Integer httpStatus, String error, String responseExcerpt, Duration duration) {
    static final int EXCERPT_CHARS = 200;

    boolean delivered() {
        return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
    }
}
