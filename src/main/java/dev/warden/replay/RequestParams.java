package dev.warden.replay;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import dev.warden.decision.InvalidFieldException;

/**
 * Path and query values parsed here rather than by JAX-RS, so that a bad one answers a 400 problem naming the
 * parameter instead of a bare 404.
 */
public final class RequestParams {
    private RequestParams() {
    }

    public static UUID uuid(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidFieldException(name, "'" + value + "' is not a UUID");
        }
    }

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(name, "required: an ISO-8601 instant such as 2026-11-20T00:00:00Z");
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(name, "'" + value + "' is not an ISO-8601 instant such as 2026-11-20T00:00:00Z");
        }
    }
}
