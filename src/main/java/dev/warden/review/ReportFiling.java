package dev.warden.review;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Turns an approved case file into a stored report, on the approval's connection and in its transaction (so a
 * report exists exactly when the approval does). Implemented by the reporting package (a FinCEN SAR writer).
 */
public interface ReportFiling {
    void file(Connection connection, CaseFile caseFile) throws SQLException;
}
