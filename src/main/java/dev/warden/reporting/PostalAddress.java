package dev.warden.reporting;

/**
 * A postal address as far as it is known; any part may be null. {@code region} is the state or province code
 * (two or three letters where the country has them), {@code country} the ISO 3166-1 alpha-2 code.
 */
public record PostalAddress(String street, String city, String region, String postalCode, String country) {
}
