package dev.warden.reporting;

/**
 * The institution that holds an account, when it is not the filing institution: its name, taxpayer number
 * (null when unknown) and ISO 3166-1 alpha-2 country.
 */
public record HoldingInstitution(String name, String taxId, String country) {
}
