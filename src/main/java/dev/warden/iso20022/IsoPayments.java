package dev.warden.iso20022;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import dev.warden.db.DatabaseUnavailableException;
import dev.warden.engine.Outcome;

/**
 * The table iso_payments (V17): which decisions came from which ISO 20022 message, with the ids their status
 * reports echo. Written once per decided transfer; a repeat of the message keeps the first row.
 */
@ApplicationScoped
public class IsoPayments {
    private static final String SELECT = """
            SELECT p.decision_id, p.message_type, p.message_id, p.instruction_id, p.end_to_end_id, p.transaction_id,
                   p.uetr, d.outcome, d.decided_at
            FROM iso_payments p JOIN decisions d ON d.decision_id = p.decision_id""";

    private final DataSource dataSource;

    public IsoPayments(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A stored payment with the outcome and time of its decision. */
    public record Decided(IsoPayment payment, Outcome outcome, Instant decidedAt) {
    }

    public void record(List<IsoPayment> payments) {
        if (payments.isEmpty()) return;
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO iso_payments (decision_id, message_type, message_id, instruction_id, end_to_end_id,
                                          transaction_id, uetr, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (decision_id) DO NOTHING""")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (IsoPayment p : payments) {
                insert.setObject(1, p.decisionId());
                insert.setString(2, p.messageType().id());
                insert.setString(3, p.messageId());
                insert.setString(4, p.ids().instructionId());
                insert.setString(5, p.ids().endToEndId());
                insert.setString(6, p.ids().transactionId());
                insert.setString(7, p.ids().uetr());
                insert.setTimestamp(8, now);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("storing the ISO 20022 ids of " + payments.size() + " decision(s)", e);
        }
    }

    public Optional<Decided> byDecision(UUID decisionId) {
        try (Connection c = dataSource.getConnection()) {
            return byDecisions(c, List.of(decisionId)).stream().findFirst();
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("reading the ISO 20022 ids of a decision", e);
        }
    }

    /** The payments among {@code decisionIds} that came as ISO 20022, read on {@code c}. */
    public List<Decided> byDecisions(Connection c, Collection<UUID> decisionIds) throws SQLException {
        List<Decided> found = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(SELECT + " WHERE p.decision_id = ANY (?)")) {
            select.setArray(1, c.createArrayOf("uuid", decisionIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) found.add(decided(rows));
            }
        }
        return found;
    }

    private static Decided decided(ResultSet row) throws SQLException {
        String typeId = row.getString("message_type");
        MessageType type = MessageType.ofId(typeId).orElseThrow(() -> new IllegalStateException(
                "iso_payments holds a message type Warden no longer reads: " + typeId));
        IsoPayment payment = new IsoPayment(row.getObject("decision_id", UUID.class), type, row.getString("message_id"),
                new MappedTransaction.PaymentIds(row.getString("instruction_id"), row.getString("end_to_end_id"),
                        row.getString("transaction_id"), row.getString("uetr")));
        return new Decided(payment, Outcome.valueOf(row.getString("outcome")), row.getTimestamp("decided_at").toInstant());
    }
}
