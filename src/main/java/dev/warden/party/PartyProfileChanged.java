package dev.warden.party;

import dev.warden.facts.PartyType;

/**
 * Fired by {@link PartyProfiles#put} inside its transaction; observers that act on the stored profile observe it
 * {@code during = TransactionPhase.AFTER_SUCCESS}, so they see only what committed.
 */
public record PartyProfileChanged(String partyId, String name, PartyType type, String country, int version) {
}
