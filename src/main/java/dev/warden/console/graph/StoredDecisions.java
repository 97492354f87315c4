package dev.warden.console.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.db.DatabaseUnavailableException;

/**
 * Reads one row of the decision audit log with what {@code DecisionRecord} does not map (the request as sent and
 * the transaction's time), the findings taken from the recorded response exactly as {@code GET /v1/decisions/{id}}
 * answers them.
 */
@ApplicationScoped
public class StoredDecisions {
    private static final String SELECT = "SELECT transaction_id, occurred_at, request::text, response::text"
            + " FROM decisions WHERE decision_id = ?";

    private final DataSource dataSource;
    private final ObjectMapper json;

    public StoredDecisions(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public Optional<StoredDecision> byId(UUID decisionId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setObject(1, decisionId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) return Optional.empty();
                Timestamp at = row.getTimestamp(2);
                JsonNode response = json.readTree(row.getString(4));
                List<JsonNode> findings = new ArrayList<>();
                response.path("findings").forEach(findings::add);
                return Optional.of(new StoredDecision(decisionId, row.getString(1), at.toInstant(),
                        json.readTree(row.getString(3)), List.copyOf(findings)));
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("reading a decision for the console", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision " + decisionId + " holds JSON that does not parse", e);
        }
    }
}
