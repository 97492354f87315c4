package dev.warden.review.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.codec.digest.DigestUtils;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.events.EventOutbox;
import dev.warden.events.NewEvent;
import dev.warden.reporting.ReportWriter;
import dev.warden.reporting.ReportWriters;
import dev.warden.reporting.SuspiciousActivityReport;
import dev.warden.review.CaseFile;
import dev.warden.review.ReportFiling;

/**
 * Files a FinCEN SAR for a case approved as REPORTED, in the approval's transaction: the case file becomes the
 * neutral report, the FinCEN writer writes (and validates) it, and the document is stored in {@code case_reports}
 * with a {@code report.ready} event. A report the writer refuses ({@code ReportRefusedException}, naming each
 * field or configuration key) propagates and rolls the approval back: no report, no approval.
 */
@ApplicationScoped
public class SarFiling implements ReportFiling {
    static final String FORMAT = "fincen-sar-xml";

    private final ReportWriters writers;
    private final CaseReports reports;
    private final EventOutbox outbox;
    private final ObjectMapper json;
    private final CaseReportDraft draft;

    public SarFiling(ReportWriters writers, CaseReports reports, EventOutbox outbox, ObjectMapper json) {
        this.writers = writers;
        this.reports = reports;
        this.outbox = outbox;
        this.json = json;
        this.draft = new CaseReportDraft(json);
    }

    @Override
    public void file(Connection connection, CaseFile caseFile) throws SQLException {
        ReportWriter writer = writers.require(FORMAT);
        UUID reportId = UUID.randomUUID();
        SuspiciousActivityReport report = draft.of(caseFile, reportId.toString());
        byte[] content = writer.write(report);
        Instant now = caseFile.approvedAt();
        CaseReport stored = new CaseReport(reportId, caseFile.caseId(), writer.format(), writer.mediaType(),
                DigestUtils.sha256Hex(content), caseFile.proposedBy(), caseFile.approvedBy(), now);
        reports.insert(connection, stored, content);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("caseId", stored.caseId());
        payload.put("reportId", stored.reportId());
        payload.put("format", stored.format());
        payload.put("mediaType", stored.mediaType());
        payload.put("sha256", stored.sha256());
        outbox.append(connection, List.of(new NewEvent(UUID.randomUUID(), "report.ready", reportId.toString(),
                write(payload), now)));
    }

    private String write(Map<String, Object> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report.ready payload could not be written", e);
        }
    }
}
