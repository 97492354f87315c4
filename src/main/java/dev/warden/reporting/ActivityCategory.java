package dev.warden.reporting;

/**
 * The kind of suspicious activity a report describes, in Warden's own words. Each writer maps these to its
 * format's code list (FinCEN: {@code fincen.SarCodes}); none of them is a code of any one regulator.
 */
public enum ActivityCategory {
    /** Amounts kept under a reporting threshold (for example cash deposits just under 10,000 USD). */
    STRUCTURING,
    /** Money laundering without a more precise kind. */
    MONEY_LAUNDERING,
    /** Funds moved through chains of accounts to hide their origin: pass-through, fan-in and fan-out, hops. */
    LAYERING,
    /** Payments that reach or serve a sanctioned party, or route around sanctions. */
    SANCTIONS_EVASION,
    /** A company with no visible business behind its payments. */
    SHELL_COMPANY,
    /** Transactions involving a high-risk or sanctioned jurisdiction. */
    HIGH_RISK_JURISDICTION,
    /** Funds for a known or suspected terrorist or terrorist organisation. */
    TERRORIST_FINANCING,
    /** Fraud without a more precise kind. */
    FRAUD,
    /** Anything else; the activity's description then says what. */
    OTHER
}
