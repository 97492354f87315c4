package dev.warden.facts;

/** Which side of a transaction a party is on. */
public enum PartyRole { ORIGINATOR, BENEFICIARY }
