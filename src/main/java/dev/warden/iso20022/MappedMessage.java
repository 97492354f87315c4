package dev.warden.iso20022;

import java.util.List;

/** A message read and mapped: its type and id, and every credit transfer in the order of the message. */
public record MappedMessage(MessageType type, String messageId, List<MappedTransaction> transactions) {
}
