package dev.warden.reporting;

/**
 * An identifier of a subject. {@code issuingCountry} is ISO 3166-1 alpha-2 (null when unknown), {@code
 * issuingRegion} the state or province that issued it (driver's licences), {@code description} names an
 * identifier of type OTHER ("Student ID").
 */
public record SubjectIdentifier(IdentifierType type, String value, String issuingCountry, String issuingRegion,
        String description) {

    public static SubjectIdentifier of(IdentifierType type, String value, String issuingCountry) {
        return new SubjectIdentifier(type, value, issuingCountry, null, null);
    }
}
