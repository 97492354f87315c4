package dev.warden.reporting.fincen;

import java.util.List;
import java.util.Locale;

import dev.warden.reporting.Filer;
import dev.warden.reporting.FilerSettingsCheck;
import dev.warden.reporting.ReportProblem;
import dev.warden.reporting.ReportingConfig;
import dev.warden.reporting.RequiredSettings;

/** The filer, its primary regulator and the transmitter, read from configuration for one SAR. */
record FinCenFiler(Filer filer, PrimaryRegulator primaryRegulator, Transmitter transmitter) {
    static final String PREFIX = "warden.reporting.fincen.";

    /** The settings; every missing or unreadable key is added to {@code problems}, and the result is then null. */
    static FinCenFiler read(ReportingConfig config, List<ReportProblem> problems) {
        RequiredSettings required = new RequiredSettings();
        Filer filer = FilerSettingsCheck.filer(config.filer(), required);
        PrimaryRegulator regulator = regulator(required, config.fincen());
        ReportingConfig.TransmitterSettings settings = config.fincen().transmitter();
        String key = PREFIX + "transmitter.";
        Transmitter transmitter = new Transmitter(required.text(key + "name", settings.name()),
                required.text(key + "tin", settings.tin()),
                required.text(key + "control-code", settings.controlCode()),
                required.address(key + "address", settings.address()),
                required.text(key + "phone", settings.phone()),
                required.text(key + "contact-name", settings.contactName()));
        problems.addAll(required.problems());
        return required.problems().isEmpty() ? new FinCenFiler(filer, regulator, transmitter) : null;
    }

    private static PrimaryRegulator regulator(RequiredSettings required, ReportingConfig.FinCenSettings settings) {
        String name = required.text(PREFIX + "primary-regulator", settings.primaryRegulator());
        if (name == null) {
            return null;
        }
        try {
            return PrimaryRegulator.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            required.problem(PREFIX + "primary-regulator", "'" + name + "' is not one of "
                    + List.of(PrimaryRegulator.values()));
            return null;
        }
    }
}
