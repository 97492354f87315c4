package dev.warden.facts;

/**
 * Which side of a transaction a party is on. AGENT is a bank the payment passes through besides the two parties'
 * own (an intermediary, instructing or forwarding agent of an ISO 20022 message): it is screened, so it appears on
 * {@link ScreeningHit}s, but it is no {@link Party} fact.
 */
public enum PartyRole { ORIGINATOR, BENEFICIARY, AGENT }
