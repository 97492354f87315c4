package dev.warden.api;

import dev.warden.db.DatabaseUnavailableException;
import dev.warden.db.FailureText;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dev.warden.decision.DecisionConflictException;
import dev.warden.decision.DecisionUnavailableException;
import dev.warden.decision.RecordingFailedException;
import dev.warden.iso20022.InvalidMessageException;
import dev.warden.validation.InvalidFieldException;

/** Turns every failure into problem+json that names the field and the reason. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** The @AssertTrue check methods of the request records, and the field each one is about ("" = the object). */
    private static final java.util.Map<String, String> CHECK_FIELDS = java.util.Map.of("identified", "",
            "walletWithChain", "chain", "expiresAtAfterVerification", "expiresAt",
            "verifiedAtGivenWhenVerified", "verifiedAt");

    @ServerExceptionMapper
    public Response malformed(JsonParseException e) {
        JsonParser parser = e.getProcessor();
        if (duplicateKey(e) != null && parser != null) return duplicate(e, path(parser.getParsingContext().getParent()));
        var at = e.getLocation();
        return Problem.invalid("The body is not valid JSON", List.of(new Problem.FieldError("$",
                e.getOriginalMessage() + (at != null ? " at line " + at.getLineNr() + ", column " + at.getColumnNr() : ""))))
                .toResponse();
    }

    /** Fields that would say who acted: that is always the authenticated caller. */
    private static final java.util.Map<String, String> CALLER_FIELDS = java.util.Map.of(
            "clearedBy", "who clears is the authenticated caller (API key name or JWT subject); leave clearedBy out");

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        String callerField = CALLER_FIELDS.get(path(e));
        if (callerField != null) {
            return Problem.invalid("The body names who acts", List.of(new Problem.FieldError(path(e), callerField)))
                    .toResponse();
        }
        return Problem.invalid("The body has a field Warden does not know", List.of(new Problem.FieldError(
                path(e), "unknown field; known fields here: " + e.getKnownPropertyIds().stream()
                        .map(String::valueOf).sorted().collect(Collectors.joining(", "))))).toResponse();
    }

    @ServerExceptionMapper
    public Response badValue(InvalidFormatException e) {
        String expected = e.getTargetType() == null ? "a valid value" : describe(e.getTargetType());
        return Problem.invalid("A field has a value of the wrong form", List.of(new Problem.FieldError(path(e),
                "'" + e.getValue() + "' is not " + expected))).toResponse();
    }

    @ServerExceptionMapper
    public Response rejectedValue(RequestJson.RejectedValueException e) {
        return Problem.invalid("A field has a value Warden does not accept", List.of(new Problem.FieldError(path(e),
                e.getOriginalMessage()))).toResponse();
    }

    /** A number that does not fit its field's type (an int of 20 digits): Jackson stops before any path is built. */
    @ServerExceptionMapper
    public Response outOfRange(InputCoercionException e) {
        return Problem.invalid("A field has a number out of range", List.of(new Problem.FieldError(path(e),
                e.getOriginalMessage()))).toResponse();
    }

    /**
     * A number or string beyond Jackson's limits (a number of more than 1000 digits), refused while the body is
     * tokenised: Jackson gives no parser to tell the field by, so it is "$".
     */
    @ServerExceptionMapper
    public Response beyondLimits(StreamConstraintsException e) {
        return Problem.invalid("A field has a value too large to read", List.of(new Problem.FieldError(path(e),
                e.getOriginalMessage()))).toResponse();
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String expected = e.getTargetType() == null ? "a value of another type" : describe(e.getTargetType());
        return Problem.invalid("A field has a value of the wrong type", List.of(new Problem.FieldError(path(e),
                "expected " + expected))).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonMappingException e) {
        // A duplicate inside a nested object arrives wrapped, with the path of that object.
        if (e.getCause() instanceof JsonParseException parse && duplicateKey(parse) != null) return duplicate(parse, path(e));
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return Problem.invalid("A field could not be read", List.of(new Problem.FieldError(path(e),
                cause.getMessage()))).toResponse();
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.invalid("The request breaks " + errors.size() + " constraint(s)", errors).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException e) {
        return Problem.invalid("A field has a value Warden cannot use",
                List.of(new Problem.FieldError(e.field(), e.getMessage()))).toResponse();
    }

    /** An ISO 20022 message Warden does not decide: each error names the element path. */
    @ServerExceptionMapper
    public Response invalidMessage(InvalidMessageException e) {
        return Problem.invalid(e.getMessage(), e.problems().stream()
                .map(p -> new Problem.FieldError(p.path(), p.reason())).toList()).toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(DecisionConflictException e) {
        return Problem.of(409, "Transaction already decided", e.getMessage()).toResponse();
    }

    /** Only the request's own value was refused (the journal logged it with this error id); the others committed. */
    @ServerExceptionMapper
    public Response refusedByDatabase(RecordingFailedException e) {
        return Problem.invalid("The database refused a value of this request; nothing was recorded",
                List.of(new Problem.FieldError("$", "a value the database cannot store (SQLState " + e.sqlState() + ")")))
                .withErrorId(e.errorId()).toResponse();
    }

    /** The messages here are Warden's own (the stage that failed); the error id leads to the log line. */
    @ServerExceptionMapper
    public Response unavailable(DecisionUnavailableException e) {
        String errorId = journalErrorId(e);
        if (errorId == null) {
            errorId = UUID.randomUUID().toString();
            LOG.warnf("%s: %s [error id %s]", e.getMessage(), FailureText.describe(e.getCause()), errorId);
        } else {
            LOG.warnf("%s [error id %s]", e.getMessage(), errorId);
        }
        return Response.fromResponse(Problem.of(503, "Decision service unavailable", e.getMessage())
                .withErrorId(errorId).toResponse()).header("Retry-After", "1").build();
    }

    @ServerExceptionMapper
    public Response databaseUnavailable(DatabaseUnavailableException e) {
        return unavailable(new DecisionUnavailableException(e.getMessage(), e));
    }

    @ServerExceptionMapper
    public Response persistence(jakarta.persistence.PersistenceException e) {
        return database(e);
    }

    /**
     * Whatever no other mapper explains: a database failure, or a bug (500). The body and the log line share an
     * error id; neither carries a message of the failure, which could quote SQL or values.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (FailureText.sqlState(e) != null) return database(e);
        String errorId = UUID.randomUUID().toString();
        LOG.errorf("request failed: %s [error id %s]", FailureText.describe(e), errorId);
        return Problem.of(500, "Internal error", "Warden failed on this request; its log has the error id")
                .withErrorId(errorId).toResponse();
    }

    /** 400 when PostgreSQL refused a value of the request (SQLState class 22), else 503. */
    private static Response database(Exception e) {
        String errorId = UUID.randomUUID().toString();
        String sqlState = FailureText.sqlState(e);
        if (FailureText.isDataError(sqlState)) {
            LOG.infof("the database refused a value of a request: %s [error id %s]", FailureText.describe(e), errorId);
            return Problem.invalid("The database refused a value of this request",
                    List.of(new Problem.FieldError("$", "a value the database cannot use (SQLState " + sqlState + ")")))
                    .withErrorId(errorId).toResponse();
        }
        LOG.warnf("the database failed: %s [error id %s]", FailureText.describe(e), errorId);
        return Response.fromResponse(Problem.of(503, "Service unavailable", "the database is unavailable")
                .withErrorId(errorId).toResponse()).header("Retry-After", "1").build();
    }

    private static String journalErrorId(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RecordingFailedException recording) return recording.errorId();
        }
        return null;
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        // Quarkus REST wraps some body-reading failures; answer them as the Jackson failure they are.
        Throwable cause = e.getCause();
        if (cause instanceof JsonParseException parse) return malformed(parse);
        if (cause instanceof InputCoercionException range) return outOfRange(range);
        if (cause instanceof StreamConstraintsException limits) return beyondLimits(limits);
        if (cause instanceof RequestJson.RejectedValueException rejected) return rejectedValue(rejected);
        if (cause instanceof UnrecognizedPropertyException unknown) return unknownField(unknown);
        if (cause instanceof InvalidFormatException format) return badValue(format);
        if (cause instanceof MismatchedInputException mismatch) return mismatched(mismatch);
        if (cause instanceof JsonMappingException mapping) return unreadable(mapping);
        int status = e.getResponse().getStatus();
        return Problem.of(status, Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), e.getMessage()).toResponse();
    }

    /** "decide.request.originator.country" becomes "originator.country": the path inside the body. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        int index = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            index++;
            if (index <= 2 && (node.getKind() == jakarta.validation.ElementKind.METHOD
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER)) continue;
            String name = node.getName();
            if (name == null) continue;
            // Cross-field checks written as isXxx() methods report on the field an officer has to fix.
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && CHECK_FIELDS.containsKey(name)) {
                name = CHECK_FIELDS.get(name);
                if (name.isEmpty()) continue;
            }
            if (field.length() > 0) field.append('.');
            field.append(name);
        }
        if (field.length() == 0 && violation.getInvalidValue() instanceof String) {
            // A query or path parameter (bodies are records): name the parameter.
            Path.Node last = null;
            for (Path.Node node : violation.getPropertyPath()) last = node;
            if (last != null && last.getKind() == jakarta.validation.ElementKind.PARAMETER) return last.getName();
        }
        return field.length() == 0 ? "$" : field.toString();
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "$" : path;
    }

    private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("Duplicate field '(.*)'");

    /** The key a body names twice (STRICT_DUPLICATE_DETECTION), or null when the failure is another. */
    private static String duplicateKey(JsonParseException e) {
        var matcher = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        return matcher.lookingAt() ? matcher.group(1) : null;
    }

    /** The key from the message: the object's parsing context may not hold it yet when the duplicate is found. */
    private static Response duplicate(JsonParseException e, String object) {
        String field = object.equals("$") ? duplicateKey(e) : object + "." + duplicateKey(e);
        return Problem.invalid("The body names a field twice", List.of(new Problem.FieldError(field,
                "given more than once; send each field once"))).toResponse();
    }

    /** Where the parser stopped, as a field path ("originator.name"), for failures Jackson raises without one. */
    private static String path(JsonProcessingException e) {
        return e.getProcessor() instanceof JsonParser parser ? path(parser.getParsingContext()) : "$";
    }

    private static String path(JsonStreamContext context) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) parts.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
            else if (at.getCurrentName() != null) parts.push(at.getCurrentName());
        }
        String path = String.join(".", parts).replace(".[", "[");
        return path.isEmpty() ? "$" : path;
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "BigDecimal" -> "a decimal number such as \"9500.00\"";
            case "Instant" -> "an ISO-8601 instant with a zone, such as 2026-11-20T10:15:30Z";
            case "LocalDate" -> "an ISO-8601 date such as 2026-01-10";
            case "Boolean", "boolean" -> "true or false";
            case "Integer", "int" -> "a whole number";
            case "String" -> "a string";
            default -> "a " + type.getSimpleName();
        };
    }
}
