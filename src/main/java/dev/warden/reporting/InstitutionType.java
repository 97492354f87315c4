package dev.warden.reporting;

/** What kind of financial institution files the report. */
public enum InstitutionType {
    CASINO, DEPOSITORY, INSURANCE, MONEY_SERVICES_BUSINESS, SECURITIES_FUTURES, LOAN_OR_FINANCE, HOUSING_GSE, OTHER
}
