package dev.warden.replay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.engine.DecisionRequest;
import dev.warden.engine.Outcome;

/**
 * Reads recorded decisions with their request and rule set version. The audit entity (DecisionRecord) maps only
 * what the read API answers; replay also needs the stored request, so it reads the columns itself, read-only.
 */
@ApplicationScoped
public class RecordedDecisionReader {
    private static final String COLUMNS = "SELECT decision_id, transaction_id, request::text, response::text,"
            + " rule_set_version, occurred_at, decided_at FROM decisions";
    /** Keyset paging over occurredAt: a backtest walks a large range without holding it all or using OFFSET. */
    private static final String PAGE = COLUMNS + " WHERE occurred_at >= ? AND occurred_at < ?"
            + " AND (occurred_at, decision_id) > (?, ?) ORDER BY occurred_at, decision_id LIMIT ?";
    private static final int PAGE_SIZE = 500;

    private final DataSource dataSource;
    private final ObjectMapper json;

    public RecordedDecisionReader(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public Optional<RecordedDecision> byId(UUID decisionId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement(COLUMNS + " WHERE decision_id = ?")) {
            query.setObject(1, decisionId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read decision " + decisionId + ": " + e.getMessage(), e);
        }
    }

    /** Every decision whose transaction occurred in [from, to), oldest first, handed over one at a time. */
    public void forEachOccurredIn(Instant from, Instant to, Consumer<RecordedDecision> each) {
        Instant afterAt = from.minusNanos(1_000);
        UUID afterId = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
        while (true) {
            List<RecordedDecision> page = page(from, to, afterAt, afterId);
            page.forEach(each);
            if (page.size() < PAGE_SIZE) return;
            RecordedDecision last = page.get(page.size() - 1);
            afterAt = last.occurredAt();
            afterId = last.decisionId();
        }
    }

    private List<RecordedDecision> page(Instant from, Instant to, Instant afterAt, UUID afterId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(PAGE)) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setTimestamp(2, Timestamp.from(to));
            query.setTimestamp(3, Timestamp.from(afterAt));
            query.setObject(4, afterId);
            query.setInt(5, PAGE_SIZE);
            List<RecordedDecision> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) rows.add(map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read decisions in [" + from + ", " + to + "): " + e.getMessage(), e);
        }
    }

    private RecordedDecision map(ResultSet rs) throws SQLException {
        try {
            DecisionRequest request = json.readValue(rs.getString(3), DecisionRequest.class);
            JsonNode response = json.readTree(rs.getString(4));
            List<String> fired = new ArrayList<>();
            response.path("findings").forEach(f -> fired.add(f.path("ruleId").asText()));
            return new RecordedDecision(rs.getObject(1, UUID.class), rs.getString(2), request,
                    Outcome.valueOf(response.path("outcome").asText()), List.copyOf(fired), rs.getString(5),
                    rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision " + rs.getString(1) + " has an unreadable record: "
                    + e.getOriginalMessage(), e);
        }
    }
}
