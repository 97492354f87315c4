package dev.warden.reporting;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The {@code warden.reporting.*} settings: who files reports and, for FinCEN, who transmits them. Nothing has a
 * default (only the {@code %local} and {@code %test} profiles set obvious placeholders), and nothing is checked at
 * start-up: a report is refused when it is generated, naming each key that is not set ({@link FilerSettingsCheck}).
 */
@ConfigMapping(prefix = "warden.reporting")
public interface ReportingConfig {

    FilerSettings filer();

    FinCenSettings fincen();

    /** {@code warden.reporting.filer.*}: the filing institution. */
    interface FilerSettings {
        /** Legal name. */
        Optional<String> name();

        /** Taxpayer identification number, digits (and letters) only. */
        Optional<String> tin();

        /** EIN, SSN_ITIN or FOREIGN. */
        Optional<TaxIdType> tinType();

        AddressSettings address();

        /**
         * CASINO, DEPOSITORY, INSURANCE, MONEY_SERVICES_BUSINESS, SECURITIES_FUTURES, LOAN_OR_FINANCE, HOUSING_GSE
         * or OTHER.
         */
        Optional<InstitutionType> institutionType();

        /** What the institution is, when institution-type is OTHER. */
        Optional<String> institutionTypeOther();

        /** The office regulators contact about a report. */
        Optional<String> contactOffice();

        /** That office's phone number, digits only. */
        Optional<String> contactPhone();

        Optional<String> contactPhoneExtension();
    }

    /** A postal address; state and postal code are required for the US, Canada and Mexico. */
    interface AddressSettings {
        Optional<String> street();

        Optional<String> city();

        /** State or province code. */
        Optional<String> state();

        Optional<String> postalCode();

        /** ISO 3166-1 alpha-2. */
        Optional<String> country();
    }

    /** {@code warden.reporting.fincen.*}: what only a FinCEN SAR needs. */
    interface FinCenSettings {
        /**
         * The filing institution's primary federal regulator: CFTC, FEDERAL_RESERVE, FDIC, FHFA, IRS, NCUA, OCC,
         * SEC or NOT_APPLICABLE.
         */
        Optional<String> primaryRegulator();

        TransmitterSettings transmitter();
    }

    /** {@code warden.reporting.fincen.transmitter.*}: who sends the batch to BSA E-Filing. */
    interface TransmitterSettings {
        Optional<String> name();

        Optional<String> tin();

        /** The Transmitter Control Code FinCEN assigned. */
        Optional<String> controlCode();

        AddressSettings address();

        Optional<String> phone();

        /** The transmitter's contact person. */
        Optional<String> contactName();
    }
}
