package dev.warden.reporting;

/** What kind of taxpayer number a filing institution's TIN is. */
public enum TaxIdType {
    /** A US employer identification number. */
    EIN,
    /** A US social security or individual taxpayer number. */
    SSN_ITIN,
    /** A taxpayer number of another country. */
    FOREIGN
}
