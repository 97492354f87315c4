package dev.warden.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import dev.warden.review.ReviewTypes.CaseAction;
import dev.warden.review.ReviewTypes.CaseStatus;
import dev.warden.review.ReviewTypes.Disposition;

/**
 * A case as the queue shows it; {@code GET /v1/cases/{id}} adds its alerts and its log, oldest entry first.
 * {@code proposal} is the one waiting for a supervisor, or the last one made.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(UUID caseId, String customerKey, String partyId, CaseStatus status, String assignee,
        int priority, Instant dueAt, boolean overdue, Disposition disposition, Proposal proposal, Instant openedAt,
        Instant updatedAt, Instant closedAt, List<AlertView> alerts, List<LogEntry> log) {

    public record Proposal(Disposition disposition, String narrative, String proposedBy, Instant proposedAt) {
    }

    /** One row of the case log: who did what, when, with what, and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LogEntry(long seq, CaseAction action, String actor, Instant at, JsonNode detail, String reason) {
    }

    CaseView with(List<AlertView> caseAlerts, List<LogEntry> caseLog) {
        return new CaseView(caseId, customerKey, partyId, status, assignee, priority, dueAt, overdue, disposition,
                proposal, openedAt, updatedAt, closedAt, caseAlerts, caseLog);
    }
}
