package dev.warden.review.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import dev.warden.review.ReviewExceptions;
import dev.warden.review.ReviewStorageException;

/** The {@code case_reports} table: reports are inserted on the approval's connection and read by case. */
@ApplicationScoped
public class CaseReports {
    private static final String COLUMNS = "report_id, case_id, format, media_type, sha256, prepared_by, approved_by, created_at";

    private final DataSource dataSource;

    public CaseReports(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(Connection connection, CaseReport report, byte[] content) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_reports (" + COLUMNS
                + ", content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, report.reportId());
            insert.setObject(2, report.caseId());
            insert.setString(3, report.format());
            insert.setString(4, report.mediaType());
            insert.setString(5, report.sha256());
            insert.setString(6, report.preparedBy());
            insert.setString(7, report.approvedBy());
            insert.setTimestamp(8, Timestamp.from(report.createdAt()));
            insert.setBytes(9, content);
            insert.executeUpdate();
        }
    }

    /** The case's reports, oldest first; refused (404) when there is no such case. */
    public List<CaseReport> ofCase(UUID caseId) {
        try (Connection connection = dataSource.getConnection()) {
            requireCase(connection, caseId);
            List<CaseReport> reports = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM case_reports WHERE case_id = ? ORDER BY created_at, report_id")) {
                select.setObject(1, caseId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) reports.add(report(rows));
                }
            }
            return reports;
        } catch (SQLException e) {
            throw new ReviewStorageException(e);
        }
    }

    /** One report of the case with its content; refused (404) when the case or the report is unknown. */
    public CaseReport.Document document(UUID caseId, UUID reportId) {
        try (Connection connection = dataSource.getConnection()) {
            requireCase(connection, caseId);
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + ", content FROM case_reports WHERE case_id = ? AND report_id = ?")) {
                select.setObject(1, caseId);
                select.setObject(2, reportId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) throw new ReviewExceptions.NotFound("report of case " + caseId + ":", reportId);
                    return new CaseReport.Document(report(rows), rows.getBytes(9));
                }
            }
        } catch (SQLException e) {
            throw new ReviewStorageException(e);
        }
    }

    private static void requireCase(Connection connection, UUID caseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM review_cases WHERE case_id = ?")) {
            select.setObject(1, caseId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) throw new ReviewExceptions.NotFound("case", caseId);
            }
        }
    }

    private static CaseReport report(ResultSet rows) throws SQLException {
        return new CaseReport(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                rows.getTimestamp(8).toInstant());
    }
}
