package dev.warden.facts;

/** What kind of legal person a party is. */
public enum PartyType { INDIVIDUAL, COMPANY, FINANCIAL_INSTITUTION, VASP }
