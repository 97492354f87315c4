package dev.warden.reporting.fincen;

import java.util.Locale;

import dev.warden.facts.TransactionType;
import dev.warden.reporting.ActivityCategory;
import dev.warden.reporting.IdentifierType;
import dev.warden.reporting.InstitutionType;
import dev.warden.reporting.SubjectType;
import dev.warden.reporting.TaxIdType;

/**
 * Warden's neutral values as FinCEN SAR codes (the code lists of EFL_SARXBatchSchema.xsd; docs/reporting.md has
 * the tables and why each was chosen).
 */
final class SarCodes {
    static final String TRANSMITTER = "35";
    static final String TRANSMITTER_CONTACT = "37";
    static final String FILING_INSTITUTION = "30";
    static final String CONTACT_OFFICE = "8";
    static final String ACTIVITY_INSTITUTION = "34";
    static final String SUBJECT = "33";
    static final String ACCOUNT_INSTITUTION = "41";

    static final String ID_TIN = "4";
    static final String ID_TRANSMITTER_CONTROL_CODE = "28";
    static final String ID_INTERNAL_CONTROL_NUMBER = "29";
    static final String ID_OTHER = "999";

    static final String ACCOUNT_AFFECTED_BY_ACTIVITY = "7";
    static final String INSTITUTION_HOLDING_ACCOUNT = "5";

    private SarCodes() {
    }

    /** A suspicious activity type (SuspiciousActivityTypeID) and subtype (SuspiciousActivitySubtypeID). */
    record Classification(int type, int subtype, String defaultOtherText) {
        /** FinCEN's "Other" subtypes end in 999 and need OtherSuspiciousActivityTypeText. */
        boolean isOther() {
            return subtype % 1000 == 999;
        }
    }

    static Classification classification(ActivityCategory category) {
        return switch (category) {
            // 114: transaction(s) below the CTR threshold
            case STRUCTURING -> new Classification(1, 114, null);
            // 8999: money laundering, other
            case MONEY_LAUNDERING -> new Classification(8, 8999, "Money laundering");
            // 807: suspicious use of multiple accounts (chains, pass-through, fan-in/out)
            case LAYERING -> new Classification(8, 807, null);
            // FinCEN has no sanctions code; its advisories ask for "Other" with the key term
            case SANCTIONS_EVASION -> new Classification(9, 9999, "Sanctions evasion");
            // 925: transaction with no apparent economic, business, or lawful purpose
            case SHELL_COMPANY -> new Classification(9, 925, null);
            // 928: transaction(s) involving foreign high risk jurisdiction
            case HIGH_RISK_JURISDICTION -> new Classification(9, 928, null);
            // 701: known or suspected terrorist/terrorist organization
            case TERRORIST_FINANCING -> new Classification(7, 701, null);
            // 3999: fraud, other
            case FRAUD -> new Classification(3, 3999, "Fraud");
            case OTHER -> new Classification(9, 9999, null);
        };
    }

    /** An instrument or payment mechanism (AssetTypeID 6) and its AssetSubtypeID. */
    record Instrument(int subtype, String otherText) {
        static final int TYPE = 6;
    }

    static Instrument instrument(TransactionType type, String currency) {
        boolean usd = currency == null || "USD".equals(currency.toUpperCase(Locale.ROOT));
        return switch (type) {
            // 39 U.S. currency, 32 foreign currency
            case CASH_DEPOSIT, CASH_WITHDRAWAL -> new Instrument(usd ? 39 : 32, null);
            // 33 funds transfer
            case WIRE, ACH, SEPA, INTERNAL_TRANSFER -> new Instrument(33, null);
            // 41 other instrument or payment mechanism
            case CARD -> new Instrument(41, "Card payment");
            case CRYPTO_TRANSFER -> new Instrument(41, "Virtual currency transfer");
            case EXCHANGE -> new Instrument(41, "Virtual currency exchange");
        };
    }

    /** PartyIdentificationTypeCode of a subject's identifier. */
    static String identification(IdentifierType type, SubjectType subject, boolean usTaxpayer) {
        return switch (type) {
            case TAX_ID -> usTaxpayer ? (subject == SubjectType.ENTITY ? "2" : "1") : "9";
            case DRIVERS_LICENSE -> "5";
            case PASSPORT -> "6";
            case ALIEN_REGISTRATION -> "7";
            case NATIONAL_ID, COMPANY_REGISTRATION, LEI, OTHER -> ID_OTHER;
        };
    }

    /** OtherPartyIdentificationTypeText for identifiers written as 999. */
    static String identificationOtherText(IdentifierType type) {
        return switch (type) {
            case NATIONAL_ID -> "National ID";
            case COMPANY_REGISTRATION -> "Company registration number";
            case LEI -> "LEI";
            case TAX_ID -> "Tax ID";
            default -> "Other";
        };
    }

    static String taxIdType(TaxIdType type) {
        return switch (type) {
            case SSN_ITIN -> "1";
            case EIN -> "2";
            case FOREIGN -> "9";
        };
    }

    /** OrganizationTypeID. */
    static int institutionType(InstitutionType type) {
        return switch (type) {
            case CASINO -> 1;
            case DEPOSITORY -> 2;
            case INSURANCE -> 3;
            case MONEY_SERVICES_BUSINESS -> 4;
            case SECURITIES_FUTURES -> 5;
            case LOAN_OR_FINANCE -> 11;
            case HOUSING_GSE -> 12;
            case OTHER -> 999;
        };
    }
}
