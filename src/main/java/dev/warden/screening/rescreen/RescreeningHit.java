package dev.warden.screening.rescreen;

import java.util.List;

import dev.warden.facts.MatchKind;

/**
 * One stored customer matching one list entry, as an officer needs it to decide: who (the partyId, or the account
 * key of a party seen only in decisions, and the name as screened), which entry of which list version, what
 * matched and why, and why it is news.
 *
 * @param partyKey the partyId, else the account key (as clearances key a party)
 * @param profiled true when the party has a stored KYC profile
 * @param matched the listed name, identifier or wallet that matched
 * @param why which name it scored against and how, or which identifier or wallet is listed
 * @param entryFingerprint the entry's names, identifiers and wallets as screened (see EntryFingerprint)
 */
public record RescreeningHit(String partyKey, boolean profiled, String screenedName, String list, String listVersion,
        String entryId, String entryName, List<String> programs, String matched, MatchKind matchKind, double score,
        String why, NewBecause newBecause, String entryFingerprint) {
}
