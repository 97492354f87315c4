package dev.warden.console.graph;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One stored transfer between two accounts, as the money path draws it. {@code decided} marks the transfer the
 * decision was about; {@code newCounterparty} is what the counterparty memory said when it was decided (the first
 * transfer between its two accounts), which the scatter and gather shapes select on.
 */
public record Transfer(String transactionId, Instant occurredAt, BigDecimal amount, String currency, String from,
        String to, boolean newCounterparty, boolean decided) {
}
