package dev.warden.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.warden.events.EventOutbox;
import dev.warden.events.NewEvent;
import dev.warden.facts.Severity;
import dev.warden.review.ReviewTypes.AlertSource;
import dev.warden.review.ReviewTypes.CaseAction;

/**
 * Opens alerts on the caller's connection, inside the caller's transaction (for decisions: the journal's group
 * commit), so an alert is durable exactly when what raised it is. Each alert joins its customer's open case, or
 * opens one; the case rows are upserted in customer-key order, so two writers that both touch the same customers
 * lock their case rows in the same order and never deadlock.
 */
@ApplicationScoped
public class AlertIntake {
    private static final String JOIN_CASE = """
            INSERT INTO review_cases (case_id, customer_key, party_id, status, priority, due_at, opened_at, updated_at)
            VALUES (?, ?, ?, 'OPEN', ?, ?, ?, ?)
            ON CONFLICT (customer_key) WHERE status <> 'CLOSED' DO UPDATE
               SET priority = GREATEST(review_cases.priority, EXCLUDED.priority),
                   due_at = LEAST(review_cases.due_at, EXCLUDED.due_at),
                   updated_at = EXCLUDED.updated_at
            RETURNING case_id, (xmax = 0) AS opened""";
    private static final String INSERT_ALERT = """
            INSERT INTO alerts (alert_id, source, decision_id, transaction_id, subject, case_id, party_id, account,
                                severity, risk_score, priority, rules, findings, status, created_at, due_at)
            VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), 'OPEN', ?, ?)""";

    private final ReviewConfig config;
    private final CaseLog caseLog;
    private final EventOutbox outbox;

    public AlertIntake(ReviewConfig config, CaseLog caseLog, EventOutbox outbox) {
        this.config = config;
        this.caseLog = caseLog;
        this.outbox = outbox;
    }

    private record NewAlert(UUID alertId, AlertSource source, UUID decisionId, String transactionId,
            String subjectJson, String customerKey, String partyId, String account, Severity severity, int riskScore,
            int priority, List<String> rules, String findingsJson, Instant createdAt, Instant dueAt) {
    }

    /** One alert per flagged decision, each in its customer's case, and one decision.flagged event each. */
    public void openForDecisions(Connection connection, List<FlaggedDecision> flagged) throws SQLException {
        if (flagged.isEmpty()) return;
        List<NewAlert> alerts = new ArrayList<>(flagged.size());
        for (FlaggedDecision d : flagged) {
            alerts.add(new NewAlert(UUID.randomUUID(), AlertSource.DECISION, d.decisionId(), d.transactionId(), null,
                    d.customerKey(), d.partyId(), d.originatorAccount(), d.severity(), d.riskScore(),
                    AlertPriority.of(d.severity(), d.riskScore()), d.rules(), d.findingsJson(), d.decidedAt(),
                    d.decidedAt().plus(AlertPriority.due(config, d.severity()))));
        }
        Map<UUID, UUID> caseOf = open(connection, alerts);
        List<NewEvent> events = new ArrayList<>(flagged.size());
        for (int i = 0; i < flagged.size(); i++) {
            FlaggedDecision d = flagged.get(i);
            NewAlert alert = alerts.get(i);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("decisionId", d.decisionId());
            payload.put("transactionId", d.transactionId());
            payload.put("outcome", d.severity());
            payload.put("riskScore", d.riskScore());
            payload.put("occurredAt", d.occurredAt());
            payload.put("decidedAt", d.decidedAt());
            payload.put("alertId", alert.alertId());
            payload.put("caseId", caseOf.get(alert.alertId()));
            payload.put("priority", alert.priority());
            payload.put("dueAt", alert.dueAt());
            payload.put("rules", d.rules());
            events.add(new NewEvent(UUID.randomUUID(), "decision.flagged", d.decisionId().toString(),
                    caseLog.write(payload), d.decidedAt()));
        }
        outbox.append(connection, events);
    }

    /**
     * An alert raised by the re-screening of a stored customer (no decision, no held payment), in the party's
     * open case. Returns the alert's id.
     */
    public UUID open(Connection connection, RescreeningMatch match) throws SQLException {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("list", match.list());
        subject.put("entryId", match.entryId());
        subject.put("entryName", match.entryName());
        subject.put("matched", match.matched());
        subject.put("score", match.score());
        subject.put("why", match.why());
        Instant now = Instant.now();
        NewAlert alert = new NewAlert(UUID.randomUUID(), AlertSource.RESCREENING, null, null, caseLog.write(subject),
                CustomerKey.party(match.partyId()), match.partyId(), null, match.severity(), match.riskScore(),
                AlertPriority.of(match.severity(), match.riskScore()), List.of(), null, now,
                now.plus(AlertPriority.due(config, match.severity())));
        open(connection, List.of(alert));
        return alert.alertId();
    }

    /** Joins or opens each customer's case (in key order), then inserts the alerts and their log rows. */
    private Map<UUID, UUID> open(Connection connection, List<NewAlert> alerts) throws SQLException {
        Map<String, List<NewAlert>> byCustomer = new TreeMap<>();
        for (NewAlert alert : alerts) byCustomer.computeIfAbsent(alert.customerKey(), k -> new ArrayList<>()).add(alert);
        Map<UUID, UUID> caseOf = new HashMap<>();
        List<CaseLog.Entry> log = new ArrayList<>();
        try (PreparedStatement join = connection.prepareStatement(JOIN_CASE)) {
            for (Map.Entry<String, List<NewAlert>> customer : byCustomer.entrySet()) {
                List<NewAlert> group = customer.getValue();
                NewAlert first = group.get(0);
                Instant at = group.stream().map(NewAlert::createdAt).max(Comparator.naturalOrder()).orElseThrow();
                join.setObject(1, UUID.randomUUID());
                join.setString(2, customer.getKey());
                setNullable(join, 3, first.partyId());
                join.setInt(4, group.stream().mapToInt(NewAlert::priority).max().orElseThrow());
                join.setTimestamp(5, Timestamp.from(group.stream().map(NewAlert::dueAt).min(Comparator.naturalOrder()).orElseThrow()));
                join.setTimestamp(6, Timestamp.from(at));
                join.setTimestamp(7, Timestamp.from(at));
                UUID caseId;
                try (ResultSet row = join.executeQuery()) {
                    row.next();
                    caseId = row.getObject(1, UUID.class);
                    if (row.getBoolean(2)) {
                        log.add(new CaseLog.Entry(caseId, CaseAction.OPENED, CaseLog.SYSTEM, at,
                                Map.of("customerKey", customer.getKey()), null));
                    }
                }
                for (NewAlert alert : group) {
                    caseOf.put(alert.alertId(), caseId);
                    log.add(new CaseLog.Entry(caseId, CaseAction.ALERT_JOINED, CaseLog.SYSTEM, alert.createdAt(),
                            joined(alert), null));
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ALERT)) {
            for (List<NewAlert> group : byCustomer.values()) {
                for (NewAlert a : group) {
                    insert.setObject(1, a.alertId());
                    insert.setString(2, a.source().name());
                    insert.setObject(3, a.decisionId(), Types.OTHER);
                    setNullable(insert, 4, a.transactionId());
                    setNullable(insert, 5, a.subjectJson());
                    insert.setObject(6, caseOf.get(a.alertId()));
                    setNullable(insert, 7, a.partyId());
                    setNullable(insert, 8, a.account());
                    insert.setString(9, a.severity().name());
                    insert.setInt(10, a.riskScore());
                    insert.setInt(11, a.priority());
                    insert.setArray(12, connection.createArrayOf("text", a.rules().toArray()));
                    setNullable(insert, 13, a.findingsJson());
                    insert.setTimestamp(14, Timestamp.from(a.createdAt()));
                    insert.setTimestamp(15, Timestamp.from(a.dueAt()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        caseLog.append(connection, log);
        return caseOf;
    }

    private static Map<String, Object> joined(NewAlert alert) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("alertId", alert.alertId());
        detail.put("source", alert.source());
        if (alert.decisionId() != null) detail.put("decisionId", alert.decisionId());
        if (alert.transactionId() != null) detail.put("transactionId", alert.transactionId());
        detail.put("severity", alert.severity());
        detail.put("priority", alert.priority());
        detail.put("rules", alert.rules());
        return detail;
    }

    static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) statement.setNull(index, Types.VARCHAR);
        else statement.setString(index, value);
    }
}
