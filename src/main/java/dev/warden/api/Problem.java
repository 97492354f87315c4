package dev.warden.api;

import java.util.List;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document. {@code errors} names each offending field (as a JSON path into the request, for
 * example {@code originator.country}) with the reason. A failure Warden does not explain to the caller (a database
 * error, a bug) carries an {@code errorId} instead, which the log line about it carries too.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, String errorId) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String reason) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null);
    }

    public Problem withErrorId(String errorId) {
        return new Problem(type, title, status, detail, errors, errorId);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem("https://warden.dev/problems/invalid-request", "Invalid request", 400, detail, errors, null);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
