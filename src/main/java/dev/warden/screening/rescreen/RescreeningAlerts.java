package dev.warden.screening.rescreen;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Where re-screening hits become alerts for officers. Called with hits raised for the first time (per party and
 * entry version), on the connection and inside the transaction that records them: an alert exists exactly when
 * its hit is recorded. Implemented outside screening (alerts depend on screening, not the other way round).
 */
public interface RescreeningAlerts {
    void raise(Connection connection, List<RescreeningHit> hits) throws SQLException;
}
