package dev.warden.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The transaction being decided, with its two parties. Immutable. */
public final class Transaction {
    private final String transactionId;
    private final TransactionType type;
    private final BigDecimal amount;
    private final String currency;
    private final BigDecimal amountUsd;
    private final Instant occurredAt;
    private final String channel;
    private final String purpose;
    private final String asset;
    private final String chain;
    private final boolean travelRuleOriginatorComplete;
    private final boolean travelRuleBeneficiaryComplete;
    private final Party originator;
    private final Party beneficiary;
    private final List<Party> agents;
    private AccountActivity activity = AccountActivity.UNKNOWN;
    private boolean activitySet;

    public Transaction(String transactionId, TransactionType type, BigDecimal amount, String currency,
            BigDecimal amountUsd, Instant occurredAt, String channel, String purpose, String asset, String chain,
            boolean travelRuleOriginatorComplete, boolean travelRuleBeneficiaryComplete, Party originator,
            Party beneficiary) {
        this(transactionId, type, amount, currency, amountUsd, occurredAt, channel, purpose, asset, chain,
                travelRuleOriginatorComplete, travelRuleBeneficiaryComplete, originator, beneficiary, List.of());
    }

    /** As above, with the banks the payment is routed through besides the parties' own ({@link #getAgents}). */
    public Transaction(String transactionId, TransactionType type, BigDecimal amount, String currency,
            BigDecimal amountUsd, Instant occurredAt, String channel, String purpose, String asset, String chain,
            boolean travelRuleOriginatorComplete, boolean travelRuleBeneficiaryComplete, Party originator,
            Party beneficiary, List<Party> agents) {
        this.transactionId = transactionId;
        this.type = type;
        this.amount = amount;
        this.currency = currency;
        this.amountUsd = amountUsd;
        this.occurredAt = occurredAt;
        this.channel = channel;
        this.purpose = purpose;
        this.asset = asset;
        this.chain = chain;
        this.travelRuleOriginatorComplete = travelRuleOriginatorComplete;
        this.travelRuleBeneficiaryComplete = travelRuleBeneficiaryComplete;
        this.originator = originator;
        this.beneficiary = beneficiary;
        this.agents = List.copyOf(agents);
    }

    public String getTransactionId() { return transactionId; }
    public TransactionType getType() { return type; }
    /** The amount in the transaction's own currency, exact. */
    public BigDecimal getAmount() { return amount; }
    /** ISO 4217 code, or a crypto asset code such as USDT or A7A5. */
    public String getCurrency() { return currency; }
    /** The amount converted to US dollars with the rates in rules/lists/fx-usd-rates.csv. */
    public BigDecimal getAmountUsd() { return amountUsd; }
    /** When the transaction happened; "now" for every rule. */
    public Instant getOccurredAt() { return occurredAt; }
    public String getChannel() { return channel; }
    public String getPurpose() { return purpose; }
    /** The crypto asset moved (the currency when it is a crypto asset), else null. */
    public String getAsset() { return asset; }
    /** The chain of the crypto transfer (from the parties' wallets), else null. */
    public String getChain() { return chain; }
    /** True when the request carries a crypto asset. */
    public boolean isCrypto() { return asset != null; }
    public boolean isTravelRuleOriginatorComplete() { return travelRuleOriginatorComplete; }
    public boolean isTravelRuleBeneficiaryComplete() { return travelRuleBeneficiaryComplete; }
    public Party getOriginator() { return originator; }
    public Party getBeneficiary() { return beneficiary; }
    /**
     * The banks the payment is routed through besides the parties' own (intermediary, instructing, instructed,
     * previous instructing and forwarding agents, as the request's {@code involved} names them), each a
     * {@link Party} of role AGENT with its BIC, name and country: no Party fact of their own, read them with
     * {@code from}.
     */
    public List<Party> getAgents() { return agents; }
    /** The originator, the beneficiary, then every agent: each bank a BIC rule judges. */
    public List<Party> getPartiesAndAgents() {
        List<Party> all = new java.util.ArrayList<>(agents.size() + 2);
        all.add(originator);
        all.add(beneficiary);
        all.addAll(agents);
        return all;
    }

    /**
     * True when Warden has not seen the originator's account pay the beneficiary's account before (within
     * warden.history.counterparty-memory): a first transfer to a new counterparty. False when either account is
     * unknown.
     */
    public boolean isNewCounterparty() { return activity.newCounterparty(); }

    /** Whole days since the originator's account last sent or received anything; null if not within the memory. */
    public Long getOriginatorIdleDays() { return activity.originatorIdleDays(); }

    /** Whole days since the beneficiary's account last sent or received anything; null if not within the memory. */
    public Long getBeneficiaryIdleDays() { return activity.beneficiaryIdleDays(); }

    /**
     * Set once by enrichment, before the rules run. A second call is refused: a rule that set it would change what
     * other rules of the same decision see, and what the history row records.
     */
    public void setActivity(AccountActivity activity) {
        if (activitySet) {
            throw new IllegalStateException("the counterparty memory of " + transactionId + " is set once, by enrichment");
        }
        this.activity = java.util.Objects.requireNonNull(activity);
        activitySet = true;
    }

    @Override
    public String toString() {
        return "Transaction " + transactionId + " " + amount + " " + currency;
    }
}
