package dev.warden.facts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A stored transaction of an account involved in the decision, from the look-back window before the current
 * transaction's {@code occurredAt}. {@code hop} is 0 for transactions of the current parties' own accounts and
 * n for the n-th step upstream of the originator.
 */
public final class PastTransaction {
    // Set once, by the builder or the copy constructor, and never changed after: held rows are shared by decisions.
    private String transactionId;
    private TransactionType type;
    private Instant occurredAt;
    private BigDecimal amount;
    private String currency;
    private BigDecimal amountUsd;
    private String originatorAccount;
    private String beneficiaryAccount;
    private String originatorPartyId;
    private String beneficiaryPartyId;
    private String originatorCountry;
    private String beneficiaryCountry;
    private String asset;
    private String chain;
    private boolean newCounterparty;
    private int hop;
    private long ageMinutes;

    private PastTransaction() {
    }

    /** A copy of {@code t} at {@code hop}, seen from {@code asOf}: held rows are copied once per decision. */
    private PastTransaction(PastTransaction t, int hop, Instant asOf) {
        this.transactionId = t.transactionId;
        this.type = t.type;
        this.occurredAt = t.occurredAt;
        this.amount = t.amount;
        this.currency = t.currency;
        this.amountUsd = t.amountUsd;
        this.originatorAccount = t.originatorAccount;
        this.beneficiaryAccount = t.beneficiaryAccount;
        this.originatorPartyId = t.originatorPartyId;
        this.beneficiaryPartyId = t.beneficiaryPartyId;
        this.originatorCountry = t.originatorCountry;
        this.beneficiaryCountry = t.beneficiaryCountry;
        this.asset = t.asset;
        this.chain = t.chain;
        this.newCounterparty = t.newCounterparty;
        this.hop = hop;
        this.ageMinutes = Duration.between(occurredAt, asOf).toMinutes();
    }

    /** A stored transaction, named field by field; {@link Builder#seenFrom} gives it its age for a decision. */
    public static Builder builder(String transactionId, TransactionType type, Instant occurredAt) {
        return new Builder(transactionId, type, occurredAt);
    }

    /** The stored columns of one transaction; unset ones are null (false for newCounterparty, 0 for hop). */
    public static final class Builder {
        private PastTransaction t = new PastTransaction();

        private Builder(String transactionId, TransactionType type, Instant occurredAt) {
            t.transactionId = transactionId;
            t.type = type;
            t.occurredAt = occurredAt;
        }

        /** The amount in its currency, and in USD. */
        public Builder amount(BigDecimal amount, String currency, BigDecimal amountUsd) {
            t.amount = amount;
            t.currency = currency;
            t.amountUsd = amountUsd;
            return this;
        }

        /** The paying side: account key, party id, country (each may be null). */
        public Builder originator(String account, String partyId, String country) {
            t.originatorAccount = account;
            t.originatorPartyId = partyId;
            t.originatorCountry = country;
            return this;
        }

        /** The paid side: account key, party id, country (each may be null). */
        public Builder beneficiary(String account, String partyId, String country) {
            t.beneficiaryAccount = account;
            t.beneficiaryPartyId = partyId;
            t.beneficiaryCountry = country;
            return this;
        }

        /** The crypto asset and its chain (null for fiat). */
        public Builder crypto(String asset, String chain) {
            t.asset = asset;
            t.chain = chain;
            return this;
        }

        public Builder newCounterparty(boolean newCounterparty) {
            t.newCounterparty = newCounterparty;
            return this;
        }

        /** 0 (the default) for the decision's own accounts, n for the n-th step upstream of the originator. */
        public Builder hop(int hop) {
            t.hop = hop;
            return this;
        }

        /** The transaction as a decision at {@code asOf} sees it (its age measured from then); ends the builder. */
        public PastTransaction seenFrom(Instant asOf) {
            PastTransaction built = t;
            t = null;
            built.ageMinutes = Duration.between(built.occurredAt, asOf).toMinutes();
            return built;
        }
    }

    public String getTransactionId() { return transactionId; }
    public TransactionType getType() { return type; }
    public Instant getOccurredAt() { return occurredAt; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }
    public BigDecimal getAmountUsd() { return amountUsd; }
    /** The paying account's key (see {@link Party#getAccountKey()}). */
    public String getOriginatorAccount() { return originatorAccount; }
    public String getBeneficiaryAccount() { return beneficiaryAccount; }
    public String getOriginatorPartyId() { return originatorPartyId; }
    public String getBeneficiaryPartyId() { return beneficiaryPartyId; }
    public String getOriginatorCountry() { return originatorCountry; }
    public String getBeneficiaryCountry() { return beneficiaryCountry; }
    public String getAsset() { return asset; }
    public String getChain() { return chain; }
    /**
     * True when this was the first transfer from its originator's account to its beneficiary's account that Warden
     * had seen (within warden.history.counterparty-memory), as judged when it was decided.
     */
    public boolean isNewCounterparty() { return newCounterparty; }
    public int getHop() { return hop; }
    /** Whole minutes between this transaction and the one being decided. */
    public long getAgeMinutes() { return ageMinutes; }
    /** Hours between this transaction and the one being decided, with fractions. */
    public double getAgeHours() { return ageMinutes / 60.0; }

    /** The same transaction with its age measured from another "now" (history kept in memory is reused). */
    public PastTransaction asSeenFrom(Instant asOf) {
        return atHop(hop, asOf);
    }

    /** The same transaction found at another hop, its age measured from {@code asOf}. */
    public PastTransaction atHop(int hop, Instant asOf) {
        return new PastTransaction(this, hop, asOf);
    }

    @Override
    public String toString() {
        return "PastTransaction " + transactionId + " " + amountUsd + " USD, " + ageMinutes + " min ago";
    }
}
