package dev.warden.reporting;

/** The kind of a subject's identifier. TAX_ID is a taxpayer number of any country (SSN, EIN, INN, ...). */
public enum IdentifierType {
    TAX_ID, PASSPORT, NATIONAL_ID, DRIVERS_LICENSE, ALIEN_REGISTRATION, COMPANY_REGISTRATION, LEI, OTHER
}
