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
    private final String transactionId;
    private final TransactionType type;
    private final Instant occurredAt;
    private final BigDecimal amount;
    private final String currency;
    private final BigDecimal amountUsd;
    private final String originatorAccount;
    private final String beneficiaryAccount;
    private final String originatorPartyId;
    private final String beneficiaryPartyId;
    private final String originatorCountry;
    private final String beneficiaryCountry;
    private final String asset;
    private final String chain;
    private final boolean newCounterparty;
    private final int hop;
    private final long ageMinutes;

    public PastTransaction(String transactionId, TransactionType type, Instant occurredAt, BigDecimal amount,
            String currency, BigDecimal amountUsd, String originatorAccount, String beneficiaryAccount,
            String originatorPartyId, String beneficiaryPartyId, String originatorCountry,
            String beneficiaryCountry, String asset, String chain, boolean newCounterparty, int hop, Instant asOf) {
        this.transactionId = transactionId;
        this.type = type;
        this.occurredAt = occurredAt;
        this.amount = amount;
        this.currency = currency;
        this.amountUsd = amountUsd;
        this.originatorAccount = originatorAccount;
        this.beneficiaryAccount = beneficiaryAccount;
        this.originatorPartyId = originatorPartyId;
        this.beneficiaryPartyId = beneficiaryPartyId;
        this.originatorCountry = originatorCountry;
        this.beneficiaryCountry = beneficiaryCountry;
        this.asset = asset;
        this.chain = chain;
        this.newCounterparty = newCounterparty;
        this.hop = hop;
        this.ageMinutes = Duration.between(occurredAt, asOf).toMinutes();
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
        return new PastTransaction(transactionId, type, occurredAt, amount, currency, amountUsd, originatorAccount,
                beneficiaryAccount, originatorPartyId, beneficiaryPartyId, originatorCountry, beneficiaryCountry,
                asset, chain, newCounterparty, hop, asOf);
    }

    @Override
    public String toString() {
        return "PastTransaction " + transactionId + " " + amountUsd + " USD, " + ageMinutes + " min ago";
    }
}
