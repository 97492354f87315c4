package dev.warden.api;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.warden.review.ReviewExceptions;

/** What case work refuses, as problem+json: 404, 409 naming the case's status, 403 saying why, 400 naming the field. */
public class ReviewProblems {

    @ServerExceptionMapper
    public Response notFound(ReviewExceptions.NotFound e) {
        return Problem.of(404, "Not Found", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response illegalInStatus(ReviewExceptions.IllegalInStatus e) {
        return new Problem("https://warden.dev/problems/case-status", "Not possible in the case's status (" + e.status() + ")",
                409, e.getMessage(), null, null).toResponse();
    }

    @ServerExceptionMapper
    public Response notAllowed(ReviewExceptions.NotAllowed e) {
        return new Problem("https://warden.dev/problems/four-eyes", "Forbidden", 403, e.getMessage(), null, null).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidField(ReviewExceptions.InvalidField e) {
        return Problem.invalid("A field does not fit the case", List.of(new Problem.FieldError(e.field(), e.getMessage())))
                .toResponse();
    }
}
