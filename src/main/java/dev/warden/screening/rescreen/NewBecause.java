package dev.warden.screening.rescreen;

/** Why a re-screening hit is news to the officer. */
public enum NewBecause {
    /** The entry is new on the list. */
    ENTRY_ADDED,
    /** The entry's names, identifiers or wallets changed. */
    ENTRY_CHANGED,
    /** The party's KYC profile was pushed again and screened against the whole lists. */
    PROFILE_CHANGED,
    /** An on-demand run of the whole base against the whole lists found it. */
    FULL_RUN
}
