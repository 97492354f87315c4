package dev.warden.review;

/**
 * Filters and order of {@code GET /v1/alerts} and {@code GET /v1/cases}; null means "any". {@code status} is an
 * alert status or a case status by queue; {@code severity} and {@code rule} of a case match any of its alerts
 * (severity: its open alerts); {@code overdue} is an open alert (a case not closed) past its due time.
 */
public record QueueQuery(String status, String assignee, String severity, String rule, Boolean overdue,
        String partyId, Order order, int page, int size) {

    /** A case status filter that the case queue reads as "any status but CLOSED": the cases still to work. */
    public static final String NOT_CLOSED = "NOT_CLOSED";

    /** PRIORITY: most urgent first, then earliest due; DUE: earliest due first, then most urgent. */
    public enum Order { PRIORITY, DUE }
}
