package dev.warden.history;

import java.math.BigDecimal;
import java.time.Instant;

import dev.warden.facts.Transaction;

/** One row of the transactions history table, ready to write. */
public record TransactionRow(String transactionId, Instant occurredAt, String type, BigDecimal amount,
        String currency, BigDecimal amountUsd, String originatorAccount, String beneficiaryAccount,
        String originatorPartyId, String beneficiaryPartyId, String originatorCountry, String beneficiaryCountry,
        String asset, String chain, boolean newCounterparty) {

    /** The history row a decided transaction becomes. */
    public static TransactionRow of(Transaction t) {
        return new TransactionRow(t.getTransactionId(), t.getOccurredAt(), t.getType().name(), t.getAmount(),
                t.getCurrency(), t.getAmountUsd(), t.getOriginator().getAccountKey(),
                t.getBeneficiary().getAccountKey(), t.getOriginator().getPartyId(), t.getBeneficiary().getPartyId(),
                t.getOriginator().getCountry(), t.getBeneficiary().getCountry(), t.getAsset(), t.getChain(),
                t.isNewCounterparty());
    }
}
