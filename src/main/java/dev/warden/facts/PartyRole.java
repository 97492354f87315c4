package dev.warden.facts;

/**
 * Which side of a transaction a party is on. The last three are parties a request names besides the two sides
 * (its {@code involved} list: a bank the payment is routed through, or the ultimate originator or beneficiary):
 * they are screened, so they appear on {@link ScreeningHit}s, but they are no {@link Party} fact. The agents (role
 * AGENT) are on {@link Transaction#getAgents()} for rules that judge banks by BIC.
 */
public enum PartyRole { ORIGINATOR, BENEFICIARY, AGENT, ULTIMATE_ORIGINATOR, ULTIMATE_BENEFICIARY }
