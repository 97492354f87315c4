package dev.warden.review;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.facts.Severity;
import dev.warden.review.ReviewTypes.AlertSource;
import dev.warden.review.ReviewTypes.AlertStatus;
import dev.warden.review.ReviewTypes.CaseAction;
import dev.warden.review.ReviewTypes.CaseStatus;
import dev.warden.review.ReviewTypes.Disposition;
import dev.warden.review.ReviewTypes.PaymentOutcome;
import dev.warden.review.ReviewTypes.ReviewState;

/** Reads of alerts and cases: the two queues, one alert, one case with its alerts and log, a decision's review. */
@ApplicationScoped
public class ReviewReads {
    static final String CASE_COLUMNS = """
            c.case_id, c.customer_key, c.party_id, c.status, c.assignee, c.priority, c.due_at, c.disposition,
            c.proposed_disposition, c.proposal_narrative, c.proposed_by, c.proposed_at, c.opened_at, c.updated_at,
            c.closed_at""";
    private static final String ALERT_COLUMNS = """
            a.alert_id, a.source, a.decision_id, a.transaction_id, a.subject::text, a.case_id, a.party_id, a.account,
            a.severity, a.risk_score, a.priority, a.rules, a.findings::text, a.status, a.proposed_outcome,
            a.payment_outcome, a.disposition, a.disposed_at, a.disposed_by, a.approved_by, a.created_at, a.due_at,
            a.in_proposal""";

    private final DataSource dataSource;
    private final ObjectMapper json;

    public ReviewReads(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public Optional<AlertView> alert(UUID alertId) {
        List<AlertView> found = alerts("a.alert_id = ?", List.of(alertId), "", 1, 0);
        return found.stream().findFirst();
    }

    /** The review of a decision, when it has an alert. */
    public Optional<AlertView> alertOfDecision(UUID decisionId) {
        return alerts("a.decision_id = ?", List.of(decisionId), "", 1, 0).stream().findFirst();
    }

    public List<AlertView> alerts(QueueQuery query) {
        Filter filter = new Filter();
        if (query.status() != null) filter.add("a.status = ?", query.status());
        if (query.assignee() != null) filter.add("c.assignee = ?", query.assignee());
        if (query.severity() != null) filter.add("a.severity = ?", query.severity());
        if (query.rule() != null) filter.add("? = ANY (a.rules)", query.rule());
        if (query.partyId() != null) filter.add("a.party_id = ?", query.partyId());
        if (query.overdue() != null) {
            filter.add((query.overdue() ? "" : "NOT ") + "(a.status = 'OPEN' AND a.due_at < ?)", Timestamp.from(Instant.now()));
        }
        String order = query.order() == QueueQuery.Order.DUE ? "a.due_at, a.priority DESC, a.alert_id"
                : "a.priority DESC, a.due_at, a.alert_id";
        return alerts(filter.conditions(), filter.params, " ORDER BY " + order, query.size(), query.page() * query.size());
    }

    public List<CaseView> cases(QueueQuery query) {
        Filter filter = new Filter();
        if (QueueQuery.NOT_CLOSED.equals(query.status())) filter.add("c.status <> ?", "CLOSED");
        else if (query.status() != null) filter.add("c.status = ?", query.status());
        if (query.assignee() != null) filter.add("c.assignee = ?", query.assignee());
        if (query.severity() != null) {
            filter.add("EXISTS (SELECT 1 FROM alerts s WHERE s.case_id = c.case_id AND s.status = 'OPEN' AND s.severity = ?)",
                    query.severity());
        }
        if (query.rule() != null) {
            filter.add("EXISTS (SELECT 1 FROM alerts r WHERE r.case_id = c.case_id AND ? = ANY (r.rules))", query.rule());
        }
        if (query.partyId() != null) filter.add("c.party_id = ?", query.partyId());
        if (query.overdue() != null) {
            filter.add((query.overdue() ? "" : "NOT ") + "(c.status <> 'CLOSED' AND c.due_at IS NOT NULL AND c.due_at < ?)",
                    Timestamp.from(Instant.now()));
        }
        String order = query.order() == QueueQuery.Order.DUE ? "c.due_at NULLS LAST, c.priority DESC, c.case_id"
                : "c.priority DESC, c.due_at NULLS LAST, c.case_id";
        String sql = "SELECT " + CASE_COLUMNS + " FROM review_cases c" + filter.where() + " ORDER BY " + order
                + " LIMIT ? OFFSET ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            int next = filter.bind(select);
            select.setInt(next, query.size());
            select.setInt(next + 1, query.page() * query.size());
            List<CaseView> found = new ArrayList<>();
            Instant now = Instant.now();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) found.add(caseOf(rows, now));
            }
            return found;
        } catch (SQLException e) {
            throw new ReviewStorageException(e);
        }
    }

    /** Who each of these cases is assigned to (cases without an assignee are left out), for a queue of alerts. */
    public Map<UUID, String> assignees(Collection<UUID> caseIds) {
        Map<UUID, String> found = new HashMap<>();
        if (caseIds.isEmpty()) return found;
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT case_id, assignee FROM review_cases WHERE case_id = ANY (?) AND assignee IS NOT NULL")) {
            select.setArray(1, connection.createArrayOf("uuid", caseIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) found.put(rows.getObject(1, UUID.class), rows.getString(2));
            }
            return found;
        } catch (SQLException e) {
            throw new ReviewStorageException(e);
        }
    }

    /** The case with its alerts (oldest first) and its whole log, in order. */
    public Optional<CaseView> caseDetail(UUID caseId) {
        try (Connection connection = dataSource.getConnection()) {
            Optional<CaseView> found = caseRow(connection, caseId, false);
            if (found.isEmpty()) return found;
            List<AlertView> alerts = alerts("a.case_id = ?", List.of(caseId), " ORDER BY a.created_at, a.alert_id",
                    10_000, 0);
            return Optional.of(found.get().with(alerts, log(connection, caseId)));
        } catch (SQLException e) {
            throw new ReviewStorageException(e);
        }
    }

    /** One case row, locked for the caller's transaction when {@code forUpdate}. */
    static Optional<CaseView> caseRow(Connection connection, UUID caseId, boolean forUpdate) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + CASE_COLUMNS
                + " FROM review_cases c WHERE c.case_id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            select.setObject(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(caseOf(row, Instant.now())) : Optional.empty();
            }
        }
    }

    /** The alerts of a case that are still open, as the case's lock holder sees them. */
    List<AlertView> openAlerts(Connection connection, UUID caseId) throws SQLException {
        return alerts(connection, "a.case_id = ? AND a.status = 'OPEN'", List.of(caseId),
                " ORDER BY a.created_at, a.alert_id", 10_000, 0);
    }

    private List<CaseView.LogEntry> log(Connection connection, UUID caseId) throws SQLException {
        List<CaseView.LogEntry> log = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT seq, action, actor, at, detail::text, reason FROM case_log WHERE case_id = ? ORDER BY seq")) {
            select.setObject(1, caseId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    log.add(new CaseView.LogEntry(rows.getLong(1), CaseAction.valueOf(rows.getString(2)),
                            rows.getString(3), instant(rows, 4), tree(rows.getString(5)), rows.getString(6)));
                }
            }
        }
        return log;
    }

    private List<AlertView> alerts(String where, List<Object> params, String order, int limit, int offset) {
        try (Connection connection = dataSource.getConnection()) {
            return alerts(connection, where, params, order, limit, offset);
        } catch (SQLException e) {
            throw new ReviewStorageException(e);
        }
    }

    private List<AlertView> alerts(Connection connection, String where, List<Object> params, String order, int limit,
            int offset) throws SQLException {
        String sql = "SELECT " + ALERT_COLUMNS + ", c.status FROM alerts a JOIN review_cases c ON c.case_id = a.case_id"
                + (where.isEmpty() ? "" : " WHERE " + where) + order + " LIMIT ? OFFSET ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object param : params) select.setObject(index++, param);
            select.setInt(index, limit);
            select.setInt(index + 1, offset);
            List<AlertView> found = new ArrayList<>();
            Instant now = Instant.now();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) found.add(alertOf(rows, now));
            }
            return found;
        }
    }

    private AlertView alertOf(ResultSet r, Instant now) throws SQLException {
        AlertStatus status = AlertStatus.valueOf(r.getString(14));
        PaymentOutcome proposed = optional(PaymentOutcome.class, r.getString(15));
        boolean pending = r.getBoolean(23) && CaseStatus.valueOf(r.getString(24)) == CaseStatus.PENDING_APPROVAL;
        ReviewState state = status == AlertStatus.DISPOSED ? ReviewState.DISPOSED
                : pending ? ReviewState.PENDING_APPROVAL : ReviewState.OPEN;
        Instant due = instant(r, 22);
        Array rules = r.getArray(12);
        return new AlertView(r.getObject(1, UUID.class), AlertSource.valueOf(r.getString(2)), r.getObject(3, UUID.class),
                r.getString(4), r.getObject(6, UUID.class), r.getString(7), r.getString(8),
                Severity.valueOf(r.getString(9)), r.getInt(10), r.getInt(11),
                Arrays.asList((String[]) rules.getArray()), tree(r.getString(13)), tree(r.getString(5)), status, state,
                proposed, optional(PaymentOutcome.class, r.getString(16)), optional(Disposition.class, r.getString(17)),
                instant(r, 18), r.getString(19), r.getString(20), instant(r, 21), due,
                status == AlertStatus.OPEN && due.isBefore(now));
    }

    private static CaseView caseOf(ResultSet r, Instant now) throws SQLException {
        CaseStatus status = CaseStatus.valueOf(r.getString(4));
        Instant due = instant(r, 7);
        String proposedBy = r.getString(11);
        CaseView.Proposal proposal = proposedBy == null ? null : new CaseView.Proposal(
                optional(Disposition.class, r.getString(9)), r.getString(10), proposedBy, instant(r, 12));
        return new CaseView(r.getObject(1, UUID.class), r.getString(2), r.getString(3), status, r.getString(5),
                r.getInt(6), due, status != CaseStatus.CLOSED && due != null && due.isBefore(now),
                optional(Disposition.class, r.getString(8)), proposal, instant(r, 13), instant(r, 14), instant(r, 15),
                null, null);
    }

    private JsonNode tree(String text) {
        if (text == null) return null;
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON that does not parse", e);
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static <E extends Enum<E>> E optional(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** A WHERE clause built of conditions, each with its one parameter. */
    private static final class Filter {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        void add(String condition, Object param) {
            conditions.add(condition);
            params.add(param);
        }

        String conditions() {
            return String.join(" AND ", conditions);
        }

        String where() {
            return conditions.isEmpty() ? "" : " WHERE " + conditions();
        }

        int bind(PreparedStatement statement) throws SQLException {
            int index = 1;
            for (Object param : params) statement.setObject(index++, param);
            return index;
        }
    }
}
