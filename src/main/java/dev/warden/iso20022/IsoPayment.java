package dev.warden.iso20022;

import java.util.UUID;

/**
 * A decision that came as one credit transfer of an ISO 20022 message: the message it was part of and the
 * transfer's own identification, which every status report on it echoes.
 */
public record IsoPayment(UUID decisionId, MessageType messageType, String messageId, MappedTransaction.PaymentIds ids) {
}
