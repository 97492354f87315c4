package dev.warden.replay;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import dev.warden.validation.InvalidFieldException;
import dev.warden.validation.TimeRange;

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
        Instant instant;
        try {
            instant = Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(name, "'" + value + "' is not an ISO-8601 instant such as 2026-11-20T00:00:00Z");
        }
        String problem = TimeRange.ForInstant.problem(instant);
        if (problem != null) throw new InvalidFieldException(name, problem);
        return instant;
    }

    /** An optional instant: null when absent. */
    public static Instant optionalInstant(String name, String value) {
        return value == null || value.isEmpty() ? null : instant(name, value);
    }

    /** A whole number in [min, max], or the default when absent. */
    public static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isEmpty()) return defaultValue;
        int number;
        try {
            number = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(name, "must be a whole number from " + min + " to " + max);
        }
        if (number < min || number > max) throw new InvalidFieldException(name, "must be from " + min + " to " + max);
        return number;
    }

    public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isEmpty()) return null;
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
