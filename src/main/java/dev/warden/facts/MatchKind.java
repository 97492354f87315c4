package dev.warden.facts;

/** What a watch-list hit matched on: a name, or one of the identifiers that are matched exactly. */
public enum MatchKind { NAME, WALLET, BIC, IBAN, ID }
