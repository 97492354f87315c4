package dev.warden.review.report;

import java.time.Instant;
import java.util.UUID;

/** A stored report of a case, without its content: what {@code GET /v1/cases/{caseId}/reports} lists. */
public record CaseReport(UUID reportId, UUID caseId, String format, String mediaType, String sha256,
        String preparedBy, String approvedBy, Instant createdAt) {

    /** A stored report with its content, as its writer produced it. */
    public record Document(CaseReport report, byte[] content) {
    }
}
