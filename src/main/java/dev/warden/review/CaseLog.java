package dev.warden.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.review.ReviewTypes.CaseAction;

/**
 * Writes rows of the append-only case log on the caller's connection, in the caller's transaction: a log row
 * exists exactly when the change it records does. The table refuses UPDATE and DELETE (V13's trigger).
 */
@ApplicationScoped
public class CaseLog {
    /** Who acted when Warden itself did (an alert opened or joined a case). */
    public static final String SYSTEM = "warden";

    private static final String INSERT = """
            INSERT INTO case_log (case_id, action, actor, at, detail, reason)
            VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?)""";

    private final ObjectMapper json;

    public CaseLog(ObjectMapper json) {
        this.json = json;
    }

    /** One row: who did what to which case, when, with what ({@code detail}) and why ({@code reason}, optional). */
    public record Entry(UUID caseId, CaseAction action, String actor, Instant at, Map<String, ?> detail, String reason) {
    }

    public void append(Connection connection, List<Entry> entries) throws SQLException {
        if (entries.isEmpty()) return;
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Entry entry : entries) {
                insert.setObject(1, entry.caseId());
                insert.setString(2, entry.action().name());
                insert.setString(3, entry.actor());
                insert.setTimestamp(4, Timestamp.from(entry.at()));
                insert.setString(5, write(entry.detail()));
                if (entry.reason() == null) insert.setNull(6, Types.VARCHAR);
                else insert.setString(6, entry.reason());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
