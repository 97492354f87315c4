package dev.warden.reporting;

/**
 * The institution that files reports, from configuration ({@link ReportingConfig.FilerSettings}): its legal name,
 * taxpayer number and its kind, address, kind of institution ({@code institutionTypeOther} names an OTHER), and the
 * office regulators contact about a report, with its phone number.
 */
public record Filer(String name, String taxId, TaxIdType taxIdType, PostalAddress address,
        InstitutionType institutionType, String institutionTypeOther, String contactOffice, String contactPhone,
        String contactPhoneExtension) {
}
