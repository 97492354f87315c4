package dev.warden.decision;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of the transactions history table, ready to write. */
public record TransactionRow(String transactionId, Instant occurredAt, String type, BigDecimal amount,
        String currency, BigDecimal amountUsd, String originatorAccount, String beneficiaryAccount,
        String originatorPartyId, String beneficiaryPartyId, String originatorCountry, String beneficiaryCountry,
        String asset, String chain, boolean newCounterparty) {
}
