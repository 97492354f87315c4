package dev.warden.review;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

/**
 * The seam to reporting: when a REPORTED disposition is approved, the case file is gathered in the approval's
 * transaction and handed to the {@link ReportFiling} the reporting package provides.
 */
@ApplicationScoped
public class CaseFiles {
    private static final Logger LOG = Logger.getLogger(CaseFiles.class);
    private static final String ALERTS = """
            SELECT a.alert_id, a.decision_id, a.transaction_id, a.severity, a.rules, a.findings::text, a.subject::text,
                   d.request::text, d.response::text, d.originator_party_id, d.beneficiary_party_id, a.party_id
            FROM alerts a LEFT JOIN decisions d ON d.decision_id = a.decision_id
            WHERE a.case_id = ? ORDER BY a.created_at, a.alert_id""";

    private final Instance<ReportFiling> filing;

    public CaseFiles(Instance<ReportFiling> filing) {
        this.filing = filing;
    }

    void reportApproved(Connection connection, UUID caseId, String approvedBy) throws SQLException {
        CaseFile file = gather(connection, caseId, approvedBy, Instant.now());
        if (filing.isResolvable()) {
            filing.get().file(connection, file);
        } else {
            LOG.warnf("case %s was approved as REPORTED, but no report writer is installed: no report is stored", caseId);
        }
    }

    /** The case file of one case, read on the given connection (the approval's transaction sees its own changes). */
    public CaseFile gather(Connection connection, UUID caseId, String approvedBy, Instant approvedAt) throws SQLException {
        CaseView found = ReviewReads.caseRow(connection, caseId, false)
                .orElseThrow(() -> new ReviewExceptions.NotFound("case", caseId));
        List<CaseFile.AlertFile> alerts = new ArrayList<>();
        Set<String> parties = new LinkedHashSet<>();
        if (found.partyId() != null) parties.add(found.partyId());
        try (PreparedStatement select = connection.prepareStatement(ALERTS)) {
            select.setObject(1, caseId);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    for (int column : new int[] {10, 11, 12}) {
                        if (r.getString(column) != null) parties.add(r.getString(column));
                    }
                    String transactionId = r.getString(3);
                    Map<String, Object> transaction = transactionId == null ? null
                            : row(connection, "SELECT * FROM transactions WHERE transaction_id = ?", transactionId).orElse(null);
                    Array rules = r.getArray(5);
                    alerts.add(new CaseFile.AlertFile(r.getObject(1, UUID.class), r.getObject(2, UUID.class),
                            transactionId, r.getString(4), Arrays.asList((String[]) rules.getArray()), r.getString(6),
                            r.getString(7), r.getString(8), r.getString(9), transaction));
                }
            }
        }
        List<Map<String, Object>> subjects = new ArrayList<>();
        for (String party : parties) {
            row(connection, "SELECT * FROM party_profiles WHERE party_id = ?", party).ifPresent(subjects::add);
        }
        CaseView.Proposal proposal = found.proposal();
        return new CaseFile(caseId, found.customerKey(), proposal == null ? null : proposal.disposition(),
                proposal == null ? null : proposal.narrative(), proposal == null ? null : proposal.proposedBy(),
                approvedBy, approvedAt, subjects, alerts);
    }

    /** One row as column name to value (timestamps as instants). */
    private static Optional<Map<String, Object>> row(Connection connection, String sql, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, key);
            try (ResultSet r = select.executeQuery()) {
                if (!r.next()) return Optional.empty();
                ResultSetMetaData meta = r.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = r.getObject(i);
                    row.put(meta.getColumnLabel(i), value instanceof Timestamp t ? t.toInstant() : value);
                }
                return Optional.of(row);
            }
        }
    }
}
