package dev.warden.reporting;

import java.math.BigDecimal;
import java.time.Instant;

import dev.warden.facts.TransactionType;

/**
 * One transaction of the reported activity: its id, when it happened, its amount in its own currency and in USD,
 * who sent it from which account and who received it on which account (party ids as the subjects carry them,
 * so a writer can tell which subject sent and which received), and how the money moved.
 */
public record ReportTransaction(String transactionId, Instant occurredAt, BigDecimal amount, String currency,
        BigDecimal amountUsd, String fromParty, String fromAccount, String toParty, String toAccount,
        TransactionType type) {
}
