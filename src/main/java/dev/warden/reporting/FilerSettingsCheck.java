package dev.warden.reporting;

/** The filer from {@code warden.reporting.filer.*}, refused with every missing key named. */
public final class FilerSettingsCheck {
    static final String PREFIX = "warden.reporting.filer.";

    private FilerSettingsCheck() {
    }

    public static Filer filer(ReportingConfig.FilerSettings settings) {
        RequiredSettings required = new RequiredSettings();
        Filer filer = filer(settings, required);
        required.requireAll();
        return filer;
    }

    /** Reads the filer, adding a problem to {@code required} for each missing key (for callers that check more). */
    public static Filer filer(ReportingConfig.FilerSettings settings, RequiredSettings required) {
        InstitutionType institutionType = required.value(PREFIX + "institution-type", settings.institutionType());
        String institutionTypeOther = institutionType == InstitutionType.OTHER
                ? required.text(PREFIX + "institution-type-other", settings.institutionTypeOther())
                : required.optional(settings.institutionTypeOther());
        return new Filer(required.text(PREFIX + "name", settings.name()),
                required.text(PREFIX + "tin", settings.tin()),
                required.value(PREFIX + "tin-type", settings.tinType()),
                required.address(PREFIX + "address", settings.address()),
                institutionType, institutionTypeOther,
                required.text(PREFIX + "contact-office", settings.contactOffice()),
                required.text(PREFIX + "contact-phone", settings.contactPhone()),
                required.optional(settings.contactPhoneExtension()));
    }
}
