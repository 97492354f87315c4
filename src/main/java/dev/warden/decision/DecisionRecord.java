package dev.warden.decision;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A recorded decision, read-only: the audit log is written by {@link DecisionJournal} and never changed. */
@Entity
@Immutable
@Table(name = "decisions")
public class DecisionRecord extends PanacheEntityBase {
    @Id
    @Column(name = "decision_id")
    public UUID decisionId;
    @Column(name = "transaction_id")
    public String transactionId;
    @Column(name = "request_sha256")
    public String requestSha256;
    /** The decision exactly as it was answered, as JSON text. */
    @Column(name = "response", columnDefinition = "jsonb", insertable = false, updatable = false)
    @org.hibernate.annotations.ColumnTransformer(read = "response::text")
    public String response;
    public String outcome;
    @Column(name = "originator_party_id")
    public String originatorPartyId;
    @Column(name = "beneficiary_party_id")
    public String beneficiaryPartyId;
    @Column(name = "decided_at")
    public Instant decidedAt;
}
