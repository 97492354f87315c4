package dev.warden.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.warden.testing.PostgresTestResource;

/**
 * The embedded server runs with the settings it declares: durable commits (an acknowledged decision is on disk) and
 * checkpoints paced by time rather than by the WAL (EmbeddedPostgres.SETTINGS says why). Asked of the running server,
 * so a setting lost on the way to pg_ctl fails here.
 */
class EmbeddedPostgresSettingsTest {
    @Test
    void theServerRunsWithTheDeclaredSettings() throws Exception {
        Map<String, String> connection = new PostgresTestResource().start();
        try (Connection db = DriverManager.getConnection(connection.get("quarkus.datasource.jdbc.url"),
                EmbeddedPostgres.USER, connection.get("quarkus.datasource.password"));
                Statement statement = db.createStatement()) {
            for (Map.Entry<String, String> setting : EmbeddedPostgres.SETTINGS.entrySet()) {
                try (ResultSet rs = statement.executeQuery("SHOW " + setting.getKey())) {
                    rs.next();
                    assertEquals(setting.getValue(), rs.getString(1), setting.getKey());
                }
            }
            try (ResultSet rs = statement.executeQuery("SHOW checkpoint_timeout")) {
                rs.next();
                assertEquals("5min", rs.getString(1), "checkpoints are paced by checkpoint_timeout's default");
            }
        }
    }
}
