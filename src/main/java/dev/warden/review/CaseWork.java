package dev.warden.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import dev.warden.events.EventOutbox;
import dev.warden.events.NewEvent;
import dev.warden.facts.Severity;
import dev.warden.review.ReviewTypes.CaseAction;
import dev.warden.review.ReviewTypes.CaseStatus;
import dev.warden.review.ReviewTypes.Disposition;
import dev.warden.review.ReviewTypes.PaymentOutcome;

/**
 * The officers' and supervisors' actions on a case. Each runs in one transaction that first locks the case row
 * (SELECT ... FOR UPDATE), so two actions on one case, or an action and an alert joining, take turns; each writes
 * its case log rows and its events (alert.disposed, case.closed) in that transaction, on the transaction's
 * connection. Who acts is the authenticated caller, never a field of the body.
 */
@ApplicationScoped
public class CaseWork {
    private static final Set<CaseStatus> WORKABLE = Set.of(CaseStatus.OPEN, CaseStatus.IN_REVIEW);

    private final DataSource dataSource;
    private final ReviewReads reads;
    private final CaseLog caseLog;
    private final EventOutbox outbox;
    private final CaseFiles caseFiles;
    private final Instance<PaymentResolutionEvents> resolutionEvents;

    public CaseWork(DataSource dataSource, ReviewReads reads, CaseLog caseLog, EventOutbox outbox, CaseFiles caseFiles,
            Instance<PaymentResolutionEvents> resolutionEvents) {
        this.dataSource = dataSource;
        this.reads = reads;
        this.caseLog = caseLog;
        this.outbox = outbox;
        this.caseFiles = caseFiles;
        this.resolutionEvents = resolutionEvents;
    }

    /** The seam to reporting (tests gather a case file through it). */
    public CaseFiles caseFiles() {
        return caseFiles;
    }

    @Transactional
    public void claim(UUID caseId, Actor actor) {
        inLockedCase(caseId, (c, found) -> {
            requireStatus("claim", found, WORKABLE);
            Instant now = Instant.now();
            update(c, "UPDATE review_cases SET assignee = ?, status = 'IN_REVIEW', updated_at = ? WHERE case_id = ?",
                    actor.name(), Timestamp.from(now), caseId);
            log(c, caseId, CaseAction.CLAIMED, actor, now, assignment(actor.name(), found.assignee()), null);
        });
    }

    @Transactional
    public void assign(UUID caseId, CaseRequests.Assign request, Actor actor) {
        inLockedCase(caseId, (c, found) -> {
            requireStatus("assign", found, WORKABLE);
            Instant now = Instant.now();
            update(c, "UPDATE review_cases SET assignee = ?, status = 'IN_REVIEW', updated_at = ? WHERE case_id = ?",
                    request.assignee(), Timestamp.from(now), caseId);
            log(c, caseId, CaseAction.ASSIGNED, actor, now, assignment(request.assignee(), found.assignee()),
                    request.reason());
        });
    }

    /** A note on the case, in any status (a closed case may still be annotated). */
    @Transactional
    public void comment(UUID caseId, CaseRequests.Comment request, Actor actor) {
        inLockedCase(caseId, (c, found) -> {
            Instant now = Instant.now();
            update(c, "UPDATE review_cases SET updated_at = ? WHERE case_id = ?", Timestamp.from(now), caseId);
            log(c, caseId, CaseAction.COMMENTED, actor, now, Map.of(), request.comment());
        });
    }

    /**
     * The case's end as the caller proposes it: a disposition and, for every open alert that holds a payment, its
     * outcome. Releasing a BLOCKed payment or filing a report waits for a supervisor (PENDING_APPROVAL); any other
     * proposal closes the case at once.
     */
    @Transactional
    public void propose(UUID caseId, CaseRequests.Proposal request, Actor actor) {
        inLockedCase(caseId, (c, found) -> {
            requireStatus("propose", found, WORKABLE);
            List<AlertView> open = reads.openAlerts(c, caseId);
            Map<UUID, PaymentOutcome> outcomes = outcomesFor(open, request.outcomes());
            boolean needsApproval = request.disposition() == Disposition.REPORTED || open.stream().anyMatch(
                    a -> a.severity() == Severity.BLOCK && outcomes.get(a.alertId()) == PaymentOutcome.RELEASE);
            Instant now = Instant.now();
            update(c, """
                    UPDATE review_cases SET proposed_disposition = ?, proposal_narrative = ?, proposed_by = ?,
                           proposed_at = ?, assignee = COALESCE(assignee, ?), updated_at = ? WHERE case_id = ?""",
                    request.disposition().name(), request.narrative(), actor.name(), Timestamp.from(now), actor.name(),
                    Timestamp.from(now), caseId);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("disposition", request.disposition());
            detail.put("outcomes", outcomes);
            detail.put("alertIds", ids(open));
            detail.put("needsApproval", needsApproval);
            log(c, caseId, CaseAction.PROPOSED, actor, now, detail, request.narrative());
            if (needsApproval) {
                markProposed(c, open, outcomes);
                update(c, "UPDATE review_cases SET status = 'PENDING_APPROVAL' WHERE case_id = ?", caseId);
            } else {
                dispose(c, caseId, open, outcomes, request.disposition(), actor.name(), null, now);
                close(c, caseId, request.disposition(), actor, now);
            }
        });
    }

    /**
     * A supervisor other than the proposer approves: the alerts of the proposal are disposed as proposed. Alerts
     * that joined the case while it waited are not part of the proposal: they keep the case open (IN_REVIEW).
     */
    @Transactional
    public void approve(UUID caseId, CaseRequests.Approval request, Actor actor) {
        inLockedCase(caseId, (c, found) -> {
            requireStatus("approve", found, Set.of(CaseStatus.PENDING_APPROVAL));
            requireSecondPerson("approve", found, actor);
            List<AlertView> open = reads.openAlerts(c, caseId);
            List<AlertView> proposed = open.stream().filter(a -> a.state() == ReviewTypes.ReviewState.PENDING_APPROVAL).toList();
            Map<UUID, PaymentOutcome> outcomes = new LinkedHashMap<>();
            for (AlertView a : proposed) if (a.proposedOutcome() != null) outcomes.put(a.alertId(), a.proposedOutcome());
            Disposition disposition = found.proposal().disposition();
            Instant now = Instant.now();
            log(c, caseId, CaseAction.APPROVED, actor, now, Map.of("disposition", disposition,
                    "proposedBy", found.proposal().proposedBy(), "alertIds", ids(proposed)),
                    request.comment());
            dispose(c, caseId, proposed, outcomes, disposition, found.proposal().proposedBy(), actor.name(), now);
            if (disposition == Disposition.REPORTED) caseFiles.reportApproved(c, caseId, actor.name());
            if (proposed.size() < open.size()) {
                update(c, "UPDATE review_cases SET status = 'IN_REVIEW', updated_at = ? WHERE case_id = ?",
                        Timestamp.from(now), caseId);
            } else {
                close(c, caseId, disposition, actor, now);
            }
        });
    }

    /** A supervisor other than the proposer sends the proposal back: nothing is disposed, the case is in review. */
    @Transactional
    public void sendBack(UUID caseId, CaseRequests.Reason request, Actor actor) {
        inLockedCase(caseId, (c, found) -> {
            requireStatus("return", found, Set.of(CaseStatus.PENDING_APPROVAL));
            requireSecondPerson("return", found, actor);
            Instant now = Instant.now();
            update(c, "UPDATE alerts SET in_proposal = false, proposed_outcome = NULL WHERE case_id = ? AND in_proposal",
                    caseId);
            update(c, "UPDATE review_cases SET status = 'IN_REVIEW', updated_at = ? WHERE case_id = ?",
                    Timestamp.from(now), caseId);
            log(c, caseId, CaseAction.RETURNED, actor, now, Map.of("proposedBy", found.proposal().proposedBy()),
                    request.reason());
        });
    }

    /**
     * A closed case opened again (IN_REVIEW): its alerts keep their final outcomes (the payments were released or
     * rejected), a new proposal may change the disposition. Refused while the customer has another open case.
     */
    @Transactional
    public void reopen(UUID caseId, CaseRequests.Reason request, Actor actor) {
        inLockedCase(caseId, (c, found) -> {
            requireStatus("reopen", found, Set.of(CaseStatus.CLOSED));
            UUID other = otherOpenCase(c, found.customerKey());
            if (other != null) {
                throw new ReviewExceptions.IllegalInStatus("the customer has another case open (" + other
                        + "): work that one; a customer has one open case at a time", found.status());
            }
            Instant now = Instant.now();
            update(c, """
                    UPDATE review_cases SET status = 'IN_REVIEW', disposition = NULL, closed_at = NULL,
                           assignee = COALESCE(assignee, ?), updated_at = ? WHERE case_id = ?""",
                    actor.name(), Timestamp.from(now), caseId);
            log(c, caseId, CaseAction.REOPENED, actor, now, Map.of("previousDisposition", found.disposition()),
                    request.reason());
        });
    }

    private interface LockedWork {
        void run(Connection connection, CaseView locked) throws SQLException;
    }

    private void inLockedCase(UUID caseId, LockedWork action) {
        try (Connection connection = dataSource.getConnection()) {
            CaseView locked = ReviewReads.caseRow(connection, caseId, true)
                    .orElseThrow(() -> new ReviewExceptions.NotFound("case", caseId));
            action.run(connection, locked);
        } catch (SQLException e) {
            throw new ReviewStorageException(e);
        }
    }

    private static void requireStatus(String action, CaseView found, Set<CaseStatus> allowed) {
        if (!allowed.contains(found.status())) {
            throw new ReviewExceptions.IllegalInStatus(action, found.status(),
                    allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(" or ")));
        }
    }

    /** Four eyes: a supervisor, and not the one who proposed. */
    private static void requireSecondPerson(String action, CaseView found, Actor actor) {
        if (!actor.supervisor()) {
            throw new ReviewExceptions.NotAllowed("to " + action + " a proposal needs the supervisor role");
        }
        if (actor.name().equals(found.proposal().proposedBy())) {
            throw new ReviewExceptions.NotAllowed("four eyes: " + actor.name()
                    + " made this proposal and cannot " + action + " it; another supervisor must");
        }
    }

    /** Every open alert that holds a payment needs its outcome; no other alert may have one. */
    private static Map<UUID, PaymentOutcome> outcomesFor(List<AlertView> open, Map<UUID, PaymentOutcome> given) {
        Map<UUID, PaymentOutcome> outcomes = given == null ? Map.of() : given;
        Map<UUID, AlertView> byId = open.stream().collect(Collectors.toMap(AlertView::alertId, Function.identity()));
        for (Map.Entry<UUID, PaymentOutcome> entry : outcomes.entrySet()) {
            AlertView alert = byId.get(entry.getKey());
            if (alert == null || alert.decisionId() == null) {
                throw new ReviewExceptions.InvalidField("outcomes." + entry.getKey(),
                        "not an open alert of this case that holds a payment");
            }
            if (entry.getValue() == null) {
                throw new ReviewExceptions.InvalidField("outcomes." + entry.getKey(), "must be RELEASE or REJECT");
            }
        }
        for (AlertView alert : open) {
            if (alert.decisionId() != null && !outcomes.containsKey(alert.alertId())) {
                throw new ReviewExceptions.InvalidField("outcomes." + alert.alertId(),
                        "this open alert holds a payment: say RELEASE or REJECT");
            }
        }
        return new LinkedHashMap<>(outcomes);
    }

    private static void markProposed(Connection c, List<AlertView> open, Map<UUID, PaymentOutcome> outcomes)
            throws SQLException {
        try (PreparedStatement mark = c.prepareStatement(
                "UPDATE alerts SET in_proposal = true, proposed_outcome = ? WHERE alert_id = ?")) {
            for (AlertView alert : open) {
                PaymentOutcome outcome = outcomes.get(alert.alertId());
                if (outcome == null) mark.setNull(1, Types.VARCHAR);
                else mark.setString(1, outcome.name());
                mark.setObject(2, alert.alertId());
                mark.addBatch();
            }
            mark.executeBatch();
        }
    }

    /**
     * The alerts' outcomes become final: one alert.disposed event each, and the events of every
     * {@link PaymentResolutionEvents} for the payments released or rejected; the case's priority and due follow.
     */
    private void dispose(Connection c, UUID caseId, List<AlertView> alerts, Map<UUID, PaymentOutcome> outcomes,
            Disposition disposition, String disposedBy, String approvedBy, Instant now) throws SQLException {
        List<NewEvent> events = new ArrayList<>();
        List<PaymentResolutionEvents.Resolved> resolved = new ArrayList<>();
        try (PreparedStatement update = c.prepareStatement("""
                UPDATE alerts SET status = 'DISPOSED', payment_outcome = ?, disposition = ?, disposed_at = ?,
                       disposed_by = ?, approved_by = ?, in_proposal = false, proposed_outcome = NULL
                WHERE alert_id = ?""")) {
            for (AlertView alert : alerts) {
                PaymentOutcome outcome = outcomes.get(alert.alertId());
                AlertIntake.setNullable(update, 1, outcome == null ? null : outcome.name());
                update.setString(2, disposition.name());
                update.setTimestamp(3, Timestamp.from(now));
                update.setString(4, disposedBy);
                AlertIntake.setNullable(update, 5, approvedBy);
                update.setObject(6, alert.alertId());
                update.addBatch();
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("alertId", alert.alertId());
                payload.put("decisionId", alert.decisionId());
                payload.put("transactionId", alert.transactionId());
                payload.put("paymentOutcome", outcome);
                payload.put("disposition", disposition);
                payload.put("caseId", caseId);
                payload.put("disposedBy", disposedBy);
                payload.put("approvedBy", approvedBy);
                payload.put("disposedAt", now);
                events.add(new NewEvent(UUID.randomUUID(), "alert.disposed", alert.alertId().toString(),
                        caseLog.write(payload), now));
                if (alert.decisionId() != null && outcome != null) {
                    resolved.add(new PaymentResolutionEvents.Resolved(alert.alertId(), alert.decisionId(),
                            alert.transactionId(), outcome, now));
                }
            }
            if (!alerts.isEmpty()) update.executeBatch();
        }
        if (!resolved.isEmpty()) {
            for (PaymentResolutionEvents more : resolutionEvents) events.addAll(more.eventsFor(c, resolved));
        }
        update(c, """
                UPDATE review_cases c SET
                       priority = COALESCE((SELECT max(a.priority) FROM alerts a WHERE a.case_id = c.case_id AND a.status = 'OPEN'), 0),
                       due_at = (SELECT min(a.due_at) FROM alerts a WHERE a.case_id = c.case_id AND a.status = 'OPEN'),
                       updated_at = ?
                WHERE c.case_id = ?""", Timestamp.from(now), caseId);
        outbox.append(c, events);
    }

    private void close(Connection c, UUID caseId, Disposition disposition, Actor actor, Instant now) throws SQLException {
        update(c, "UPDATE review_cases SET status = 'CLOSED', disposition = ?, closed_at = ?, updated_at = ? WHERE case_id = ?",
                disposition.name(), Timestamp.from(now), Timestamp.from(now), caseId);
        List<UUID> alertIds = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT alert_id FROM alerts WHERE case_id = ? ORDER BY created_at, alert_id")) {
            select.setObject(1, caseId);
            try (var rows = select.executeQuery()) {
                while (rows.next()) alertIds.add(rows.getObject(1, UUID.class));
            }
        }
        log(c, caseId, CaseAction.CLOSED, actor, now, Map.of("disposition", disposition, "alertIds", alertIds), null);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("caseId", caseId);
        payload.put("disposition", disposition);
        payload.put("alertIds", alertIds);
        payload.put("closedBy", actor.name());
        payload.put("closedAt", now);
        outbox.append(c, List.of(new NewEvent(UUID.randomUUID(), "case.closed", caseId.toString(),
                caseLog.write(payload), now)));
    }

    private static UUID otherOpenCase(Connection c, String customerKey) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT case_id FROM review_cases WHERE customer_key = ? AND status <> 'CLOSED'")) {
            select.setString(1, customerKey);
            try (var rows = select.executeQuery()) {
                return rows.next() ? rows.getObject(1, UUID.class) : null;
            }
        }
    }

    private void log(Connection c, UUID caseId, CaseAction action, Actor actor, Instant at, Map<String, ?> detail,
            String reason) throws SQLException {
        caseLog.append(c, List.of(new CaseLog.Entry(caseId, action, actor.name(), at, detail, reason)));
    }

    private static Map<String, Object> assignment(String assignee, String previous) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("assignee", assignee);
        detail.put("previousAssignee", previous);
        return detail;
    }

    private static List<UUID> ids(List<AlertView> alerts) {
        return alerts.stream().map(AlertView::alertId).toList();
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) update.setObject(i + 1, params[i]);
            update.executeUpdate();
        }
    }
}
