package dev.warden.api;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.warden.validation.InvalidFieldException;
import dev.warden.replay.RequestParams;
import dev.warden.review.QueueQuery;

/** The query parameters both review queues share, parsed into a {@link QueueQuery}; a bad one is a 400 naming it. */
public class QueueParams {
    /** Bounded like GET /v1/decisions: a deep page is a bounded scan. */
    static final int MAX_PAGE = DecisionResource.MAX_PAGE;
    static final int MAX_SIZE = DecisionResource.MAX_SIZE;

    @QueryParam("status")
    String status;
    @QueryParam("assignee")
    String assignee;
    @QueryParam("severity")
    @Schema(enumeration = {"REVIEW", "BLOCK"})
    String severity;
    @QueryParam("rule")
    @Schema(example = "SANCTIONS_WALLET_EXACT")
    String rule;
    @QueryParam("overdue")
    @Schema(type = SchemaType.BOOLEAN)
    String overdue;
    @QueryParam("party")
    @Schema(example = "cust-42")
    String party;
    @QueryParam("sort")
    @Schema(enumeration = {"priority", "due"}, defaultValue = "priority")
    String sort;
    @QueryParam("page")
    @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "" + MAX_PAGE, defaultValue = "0")
    String page;
    @QueryParam("size")
    @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + MAX_SIZE, defaultValue = "50")
    String size;

    /** The query, with {@code status} one of the queue's statuses. */
    <S extends Enum<S>> QueueQuery toQuery(Class<S> statuses) {
        S parsedStatus = RequestParams.optionalEnum("status", status, statuses);
        String parsedSeverity = severity == null || severity.isEmpty() ? null : switch (severity.trim()) {
            case "REVIEW", "BLOCK" -> severity.trim();
            default -> throw new InvalidFieldException("severity", "must be REVIEW or BLOCK");
        };
        Boolean parsedOverdue = overdue == null || overdue.isEmpty() ? null : switch (overdue.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidFieldException("overdue", "must be true or false");
        };
        QueueQuery.Order order = sort == null || sort.isEmpty() ? QueueQuery.Order.PRIORITY : switch (sort.trim()) {
            case "priority" -> QueueQuery.Order.PRIORITY;
            case "due" -> QueueQuery.Order.DUE;
            default -> throw new InvalidFieldException("sort", "must be priority (most urgent first) or due (earliest first)");
        };
        return new QueueQuery(parsedStatus == null ? null : parsedStatus.name(), blankToNull(assignee),
                parsedSeverity, blankToNull(rule), parsedOverdue, blankToNull(party), order,
                RequestParams.integer("page", page, 0, 0, MAX_PAGE), RequestParams.integer("size", size, 50, 1, MAX_SIZE));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
