package dev.warden.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The two account keys of a recorded transaction, read-only, so that a decision search can find the decisions an
 * account took part in (the decision row names parties, the history row names accounts). Written by
 * {@link DecisionJournal} through JDBC; only read here.
 */
@Entity
@Immutable
@Table(name = "transactions")
public class TransactionAccounts extends PanacheEntityBase {
    @Id
    @Column(name = "transaction_id")
    public String transactionId;
    @Column(name = "originator_account")
    public String originatorAccount;
    @Column(name = "beneficiary_account")
    public String beneficiaryAccount;
}
