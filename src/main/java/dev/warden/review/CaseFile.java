package dev.warden.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.warden.review.ReviewTypes.Disposition;

/**
 * Everything a suspicious activity report is made from, gathered when a REPORTED disposition is approved: the
 * subjects' KYC profiles (party_profiles rows), each alert with its findings, its decision (request and response
 * as recorded) and its transaction (transactions row), and the proposal's narrative.
 */
public record CaseFile(UUID caseId, String customerKey, Disposition disposition, String narrative,
        String proposedBy, String approvedBy, Instant approvedAt, List<Map<String, Object>> subjects,
        List<AlertFile> alerts) {

    /** One alert of the case: the decision's request and response are JSON text as recorded (null without one). */
    public record AlertFile(UUID alertId, UUID decisionId, String transactionId, String severity, List<String> rules,
            String findingsJson, String subjectJson, String decisionRequestJson, String decisionResponseJson,
            Map<String, Object> transaction) {
    }
}
