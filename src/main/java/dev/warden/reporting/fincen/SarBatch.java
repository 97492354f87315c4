package dev.warden.reporting.fincen;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import dev.warden.reporting.Filer;
import dev.warden.reporting.HoldingInstitution;
import dev.warden.reporting.IdentifierType;
import dev.warden.reporting.PostalAddress;
import dev.warden.reporting.ReportAccount;
import dev.warden.reporting.ReportRefusedException;
import dev.warden.reporting.ReportSubject;
import dev.warden.reporting.ReportTransaction;
import dev.warden.reporting.ReportedActivity;
import dev.warden.reporting.SubjectIdentifier;
import dev.warden.reporting.SubjectType;
import dev.warden.reporting.SuspiciousActivityReport;

/**
 * Writes one report as an EFL SARX batch with one Activity, in the order the schema's sequences require. One
 * instance writes one document. Values that do not fit are collected; if any, the batch is refused whole.
 */
final class SarBatch {
    /** The five narrative blocks FinCEN joins: four of 4,000 characters and a fifth up to 17,000 in all. */
    static final int NARRATIVE_BLOCK = 4000;
    static final int NARRATIVE_MAX = 17_000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MAX_REPEATS = 99;
    private static final int MAX_SUBJECTS = 999;

    private final SuspiciousActivityReport report;
    private final Filer filer;
    private final FinCenFiler fincen;
    private final SarFields fields = new SarFields();
    private SarXml xml;

    SarBatch(SuspiciousActivityReport report, FinCenFiler fincen) {
        this.report = report;
        this.fincen = fincen;
        this.filer = fincen.filer();
    }

    byte[] write() {
        String filerTin = fields.alphanumeric("warden.reporting.filer.tin", filer.taxId(), 25);
        String totalAmount = wholeDollars();
        List<String> narrative = narrativeBlocks();
        if (report.subjects().size() > MAX_SUBJECTS) {
            fields.problem("subjects", "has " + report.subjects().size() + ", the FinCEN SAR allows " + MAX_SUBJECTS);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SarXml document = new SarXml(out)) {
            xml = document;
            xml.root("EFilingBatchXML");
            xml.attribute("ActivityAttachmentCount", "0");
            xml.attribute("AttachmentCount", "0");
            xml.attribute("ActivityCount", "1");
            // FinCEN: the count of Party elements with ActivityPartyTypeCode 33 (subjects)
            xml.attribute("PartyCount", Integer.toString(report.subjects().size()));
            // FinCEN: the sum of every TotalSuspiciousAmountText in the batch
            xml.attribute("TotalAmount", totalAmount == null ? "0" : totalAmount);
            xml.leaf("FormTypeCode", "SARX");
            activity(filerTin, totalAmount, narrative);
            xml.end();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing the SAR XML failed: " + e.getMessage(), e);
        }
        if (!fields.problems().isEmpty()) {
            throw new ReportRefusedException(fields.problems());
        }
        return out.toByteArray();
    }

    private void activity(String filerTin, String totalAmount, List<String> narrative) throws XMLStreamException {
        xml.startNumbered("Activity");
        xml.leaf("FilingDateText", date("filingDate", report.filingDate()));
        xml.startNumbered("ActivityAssociation");
        xml.leaf("InitialReportIndicator", "Y");
        xml.end();
        transmitter();
        transmitterContact();
        filingInstitution(filerTin);
        contactOffice();
        activityInstitution(filerTin);
        for (int i = 0; i < report.subjects().size(); i++) {
            subject("subjects[" + i + "]", report.subjects().get(i), filerTin);
        }
        suspiciousActivity(totalAmount);
        instruments();
        for (int i = 0; i < narrative.size(); i++) {
            xml.startNumbered("ActivityNarrativeInformation");
            xml.leaf("ActivityNarrativeSequenceNumber", i + 1);
            xml.leaf("ActivityNarrativeText", narrative.get(i));
            xml.end();
        }
        xml.end();
    }

    private void transmitter() throws XMLStreamException {
        Transmitter transmitter = fincen.transmitter();
        String key = FinCenFiler.PREFIX + "transmitter.";
        startParty(SarCodes.TRANSMITTER);
        legalName(transmitter.name());
        configuredAddress(key + "address", transmitter.address());
        phone(key + "phone", transmitter.phone(), null);
        identification(fields.alphanumeric(key + "tin", transmitter.tin(), 25), SarCodes.ID_TIN);
        identification(fields.alphanumeric(key + "control-code", transmitter.controlCode(), 25),
                SarCodes.ID_TRANSMITTER_CONTROL_CODE);
        xml.end();
    }

    private void transmitterContact() throws XMLStreamException {
        startParty(SarCodes.TRANSMITTER_CONTACT);
        legalName(fincen.transmitter().contactName());
        xml.end();
    }

    private void filingInstitution(String filerTin) throws XMLStreamException {
        startParty(SarCodes.FILING_INSTITUTION);
        xml.leaf("PrimaryRegulatorTypeCode", fincen.primaryRegulator().code());
        legalName(filer.name());
        configuredAddress("warden.reporting.filer.address", filer.address());
        identification(filerTin, SarCodes.taxIdType(filer.taxIdType()));
        // the filer's own reference for the report, when it fits the field (a UUID does not)
        String internalId = report.reportId().replaceAll("[^\\p{Alnum}]", "");
        if (!internalId.isEmpty() && internalId.length() <= 25) {
            identification(internalId, SarCodes.ID_INTERNAL_CONTROL_NUMBER);
        }
        institutionType();
        xml.end();
    }

    private void contactOffice() throws XMLStreamException {
        startParty(SarCodes.CONTACT_OFFICE);
        legalName(filer.contactOffice());
        phone("warden.reporting.filer.contact-phone", filer.contactPhone(), filer.contactPhoneExtension());
        xml.end();
    }

    /** The activity happened at the filing institution itself, online: no branch is named. */
    private void activityInstitution(String filerTin) throws XMLStreamException {
        startParty(SarCodes.ACTIVITY_INSTITUTION);
        xml.indicator("NoBranchActivityInvolvedIndicator", true);
        xml.leaf("PrimaryRegulatorTypeCode", fincen.primaryRegulator().code());
        legalName(filer.name());
        configuredAddress("warden.reporting.filer.address", filer.address());
        identification(filerTin, SarCodes.taxIdType(filer.taxIdType()));
        institutionType();
        xml.end();
    }

    private void subject(String path, ReportSubject subject, String filerTin) throws XMLStreamException {
        boolean entity = subject.type() == SubjectType.ENTITY;
        boolean sent = report.transactions().stream().anyMatch(t -> sameParty(subject, t.fromParty()));
        boolean received = report.transactions().stream().anyMatch(t -> sameParty(subject, t.toParty()));
        startParty(SarCodes.SUBJECT);
        xml.indicator("BirthDateUnknownIndicator", !entity && subject.dateOfBirth() == null);
        xml.indicator("BothPurchaserSenderPayeeReceiveIndicator", sent && received);
        if (!entity) {
            xml.leaf("IndividualBirthDateText", date(path + ".dateOfBirth", subject.dateOfBirth()));
        }
        xml.indicator("NoKnownAccountInvolvedIndicator", subject.accounts().isEmpty());
        xml.indicator("PartyAsEntityOrganizationIndicator", entity);
        xml.indicator("PayeeReceiverIndicator", received && !sent);
        xml.indicator("PurchaserSenderIndicator", sent && !received);
        subjectName(subject, entity);
        repeatLimit(path + ".alternateNames", subject.alternateNames().size());
        for (String alternate : subject.alternateNames()) {
            xml.startNumbered("PartyName");
            xml.leaf("PartyNameTypeCode", entity ? "DBA" : "AKA");
            xml.leaf("RawPartyFullName", fields.text(alternate, 150));
            xml.end();
        }
        PostalAddress address = subject.address() != null ? subject.address()
                : new PostalAddress(null, null, null, null, subject.country());
        address(path + ".address", address);
        subjectIdentifications(path, subject);
        relationship(subject, filerTin);
        accounts(path, subject, filerTin);
        xml.end();
    }

    /** A customer of the filer, or no relationship to it. */
    private void relationship(ReportSubject subject, String filerTin) throws XMLStreamException {
        xml.startNumbered("PartyAssociation");
        xml.indicator("CustomerIndicator", subject.customer());
        xml.indicator("NoRelationshipToInstitutionIndicator", !subject.customer());
        xml.leaf("SubjectRelationshipFinancialInstitutionTINText", subject.customer() ? filerTin : null);
        xml.end();
    }

    /**
     * The subject's accounts affected by the activity, grouped by the institution that holds them (party 41): the
     * filer, with its TIN, or another institution, marked non-US when it is.
     */
    private void accounts(String path, ReportSubject subject, String filerTin) throws XMLStreamException {
        if (subject.accounts().isEmpty()) {
            return;
        }
        Map<HoldingInstitution, List<Integer>> byInstitution = new LinkedHashMap<>();
        for (int i = 0; i < subject.accounts().size(); i++) {
            byInstitution.computeIfAbsent(subject.accounts().get(i).heldAt(), h -> new ArrayList<>()).add(i);
        }
        repeatLimit(path + ".accounts (institutions holding them)", byInstitution.size());
        xml.startNumbered("PartyAccountAssociation");
        xml.leaf("PartyAccountAssociationTypeCode", SarCodes.ACCOUNT_AFFECTED_BY_ACTIVITY);
        for (Map.Entry<HoldingInstitution, List<Integer>> entry : byInstitution.entrySet()) {
            HoldingInstitution institution = entry.getKey();
            repeatLimit(path + ".accounts (at one institution)", entry.getValue().size());
            String country = institution == null ? filer.address().country() : upper(institution.country());
            startParty(SarCodes.ACCOUNT_INSTITUTION);
            xml.indicator("NonUSFinancialInstitutionIndicator", country != null && !"US".equals(country));
            if (institution == null) {
                identification(filerTin, SarCodes.taxIdType(filer.taxIdType()));
            } else if (institution.taxId() != null && !institution.taxId().isBlank()) {
                int first = entry.getValue().get(0);
                identification(fields.alphanumeric(path + ".accounts[" + first + "].heldAt.taxId",
                        institution.taxId(), 25), SarCodes.ID_TIN);
            } else {
                xml.startNumbered("PartyIdentification");
                xml.indicator("TINUnknownIndicator", true);
                xml.end();
            }
            for (int index : entry.getValue()) {
                ReportAccount account = subject.accounts().get(index);
                xml.startNumbered("Account");
                xml.leaf("AccountNumberText",
                        fields.alphanumeric(path + ".accounts[" + index + "].number", account.number(), 40));
                xml.startNumbered("PartyAccountAssociation");
                xml.indicator("AccountClosedIndicator", account.closed());
                xml.leaf("PartyAccountAssociationTypeCode", SarCodes.INSTITUTION_HOLDING_ACCOUNT);
                xml.end();
                xml.end();
            }
            xml.end();
        }
        xml.end();
    }

    private void subjectName(ReportSubject subject, boolean entity) throws XMLStreamException {
        xml.startNumbered("PartyName");
        if (entity) {
            xml.leaf("PartyNameTypeCode", "L");
            xml.leaf("RawEntityIndividualLastName", fields.text(subject.fullName(), 150));
        } else {
            String last = fields.text(subject.lastName(), 150);
            String first = fields.text(subject.firstName(), 35);
            // a name known only whole is written as the last name, the first name marked unknown
            xml.indicator("FirstNameUnknownIndicator", first == null);
            xml.leaf("PartyNameTypeCode", "L");
            xml.leaf("RawEntityIndividualLastName", last != null ? last : fields.text(subject.fullName(), 150));
            xml.leaf("RawIndividualFirstName", first);
            xml.leaf("RawIndividualMiddleName", fields.text(subject.middleName(), 35));
        }
        xml.end();
    }

    private void subjectIdentifications(String path, ReportSubject subject) throws XMLStreamException {
        repeatLimit(path + ".identifiers", subject.identifiers().size());
        boolean tinWritten = false;
        for (int i = 0; i < subject.identifiers().size(); i++) {
            SubjectIdentifier identifier = subject.identifiers().get(i);
            String field = path + ".identifiers[" + i + "]";
            String number = fields.alphanumeric(field + ".value", identifier.value(), 25);
            String country = code(field + ".issuingCountry", identifier.issuingCountry(), 2);
            // one TIN per subject: a second tax number is written as an "other" identifier
            boolean asTin = identifier.type() == IdentifierType.TAX_ID && !tinWritten;
            if (asTin) {
                boolean usTaxpayer = "US".equals(country != null ? country : upper(subject.country()));
                identification(number, SarCodes.identification(IdentifierType.TAX_ID, subject.type(), usTaxpayer));
                tinWritten = true;
                continue;
            }
            IdentifierType type = identifier.type() == IdentifierType.TAX_ID ? IdentifierType.OTHER
                    : identifier.type();
            String code = identifier.type() == IdentifierType.TAX_ID ? SarCodes.ID_OTHER
                    : SarCodes.identification(type, subject.type(), false);
            xml.startNumbered("PartyIdentification");
            xml.leaf("OtherIssuerCountryText", country);
            xml.leaf("OtherIssuerStateText", code(field + ".issuingRegion", identifier.issuingRegion(), 3));
            if (SarCodes.ID_OTHER.equals(code)) {
                String text = identifier.description() != null ? identifier.description()
                        : SarCodes.identificationOtherText(identifier.type());
                xml.leaf("OtherPartyIdentificationTypeText", fields.text(text, 50));
            }
            xml.leaf("PartyIdentificationNumberText", number);
            xml.leaf("PartyIdentificationTypeCode", code);
            xml.end();
        }
        if (!tinWritten) {
            xml.startNumbered("PartyIdentification");
            xml.indicator("TINUnknownIndicator", true);
            xml.end();
        }
    }

    private void suspiciousActivity(String totalAmount) throws XMLStreamException {
        BigDecimal involved = report.amountInvolvedUsd();
        xml.startNumbered("SuspiciousActivity");
        xml.indicator("AmountUnknownIndicator", involved == null);
        xml.indicator("NoAmountInvolvedIndicator", involved != null && involved.signum() == 0);
        xml.leaf("SuspiciousActivityFromDateText", date("activityFrom", report.activityFrom()));
        xml.leaf("SuspiciousActivityToDateText", date("activityTo", report.activityTo()));
        xml.leaf("TotalSuspiciousAmountText", involved != null && involved.signum() > 0 ? totalAmount : null);
        for (Map.Entry<SarCodes.Classification, Set<String>> entry : classifications().entrySet()) {
            SarCodes.Classification classification = entry.getKey();
            xml.startNumbered("SuspiciousActivityClassification");
            if (classification.isOther()) {
                xml.leaf("OtherSuspiciousActivityTypeText", fields.text(String.join("; ", entry.getValue()), 50));
            }
            xml.leaf("SuspiciousActivitySubtypeID", classification.subtype());
            xml.leaf("SuspiciousActivityTypeID", classification.type());
            xml.end();
        }
        xml.end();
    }

    /** One classification per FinCEN subtype (the schema wants them unique); the texts of those merged joined. */
    private Map<SarCodes.Classification, Set<String>> classifications() {
        Map<Integer, SarCodes.Classification> bySubtype = new LinkedHashMap<>();
        Map<SarCodes.Classification, Set<String>> texts = new LinkedHashMap<>();
        for (ReportedActivity activity : report.activities()) {
            SarCodes.Classification mapped = SarCodes.classification(activity.category());
            SarCodes.Classification classification = bySubtype.computeIfAbsent(mapped.subtype(), s -> mapped);
            Set<String> text = texts.computeIfAbsent(classification, c -> new LinkedHashSet<>());
            String description = activity.description() != null && !activity.description().isBlank()
                    ? activity.description() : mapped.defaultOtherText();
            if (description != null) {
                text.add(description.strip());
            }
        }
        return texts;
    }

    /** The instruments the transactions used (Assets), one per FinCEN subtype. */
    private void instruments() throws XMLStreamException {
        Map<Integer, Set<String>> bySubtype = new LinkedHashMap<>();
        for (ReportTransaction transaction : report.transactions()) {
            if (transaction.type() == null) {
                continue;
            }
            SarCodes.Instrument instrument = SarCodes.instrument(transaction.type(), transaction.currency());
            Set<String> texts = bySubtype.computeIfAbsent(instrument.subtype(), s -> new LinkedHashSet<>());
            if (instrument.otherText() != null) {
                texts.add(instrument.otherText());
            }
        }
        for (Map.Entry<Integer, Set<String>> entry : bySubtype.entrySet()) {
            xml.startNumbered("Assets");
            xml.leaf("AssetSubtypeID", entry.getKey());
            xml.leaf("AssetTypeID", SarCodes.Instrument.TYPE);
            xml.leaf("OtherAssetSubtypeText",
                    entry.getValue().isEmpty() ? null : fields.text(String.join("; ", entry.getValue()), 50));
            xml.end();
        }
    }

    private void startParty(String typeCode) throws XMLStreamException {
        xml.startNumbered("Party");
        xml.leaf("ActivityPartyTypeCode", typeCode);
    }

    private void legalName(String name) throws XMLStreamException {
        xml.startNumbered("PartyName");
        xml.leaf("PartyNameTypeCode", "L");
        xml.leaf("RawPartyFullName", fields.text(name, 150));
        xml.end();
    }

    /** An address from the report; each part not known is marked unknown, as FinCEN asks. */
    private void address(String field, PostalAddress address) throws XMLStreamException {
        address(address, field + ".country", field + ".region", field + ".postalCode");
    }

    /** An address from configuration, problems named by its keys. */
    private void configuredAddress(String key, PostalAddress address) throws XMLStreamException {
        address(address, key + ".country", key + ".state", key + ".postal-code");
    }

    private void address(PostalAddress address, String countryField, String regionField, String postalCodeField)
            throws XMLStreamException {
        String city = fields.text(address.city(), 50);
        String country = code(countryField, address.country(), 2);
        String state = code(regionField, address.region(), 3);
        String street = fields.text(address.street(), 100);
        String zip = fields.alphanumeric(postalCodeField, address.postalCode(), 9);
        xml.startNumbered("Address");
        xml.indicator("CityUnknownIndicator", city == null);
        xml.indicator("CountryCodeUnknownIndicator", country == null);
        xml.leaf("RawCityText", city);
        xml.leaf("RawCountryCodeText", country);
        xml.leaf("RawStateCodeText", state);
        xml.leaf("RawStreetAddress1Text", street);
        xml.leaf("RawZIPCode", zip);
        xml.indicator("StateCodeUnknownIndicator", state == null && hasStates(country));
        xml.indicator("StreetAddressUnknownIndicator", street == null);
        xml.indicator("ZIPCodeUnknownIndicator", zip == null);
        xml.end();
    }

    private void phone(String field, String number, String extension) throws XMLStreamException {
        xml.startNumbered("PhoneNumber");
        xml.leaf("PhoneNumberExtensionText", fields.alphanumeric(field + "-extension", extension, 6));
        xml.leaf("PhoneNumberText", fields.alphanumeric(field, number, 16));
        xml.end();
    }

    private void identification(String number, String typeCode) throws XMLStreamException {
        xml.startNumbered("PartyIdentification");
        xml.leaf("PartyIdentificationNumberText", number);
        xml.leaf("PartyIdentificationTypeCode", typeCode);
        xml.end();
    }

    private void institutionType() throws XMLStreamException {
        xml.startNumbered("OrganizationClassificationTypeSubtype");
        xml.leaf("OrganizationTypeID", SarCodes.institutionType(filer.institutionType()));
        xml.leaf("OtherOrganizationTypeText", fields.text(filer.institutionTypeOther(), 50));
        xml.end();
    }

    private String wholeDollars() {
        BigDecimal involved = report.amountInvolvedUsd();
        if (involved == null || involved.signum() <= 0) {
            return null;
        }
        // FinCEN takes whole dollars; a fraction is rounded up, never under-reporting
        String dollars = involved.setScale(0, RoundingMode.CEILING).toPlainString();
        if (dollars.length() > 15) {
            fields.problem("totalAmountUsd", "has " + dollars.length() + " digits, the FinCEN SAR allows 15");
        }
        return dollars;
    }

    /**
     * The narrative in blocks of 4,000 characters, which FinCEN joins again; line breaks kept, tabs as spaces.
     * Over 17,000 characters it is refused: the officer's words are not cut.
     */
    private List<String> narrativeBlocks() {
        String narrative = SarFields.xmlText(report.narrative()).replace("\r\n", "\n").replace('\r', '\n')
                .replace('\t', ' ').strip();
        int length = SarFields.length(narrative);
        if (length > NARRATIVE_MAX) {
            fields.problem("narrative", "is " + length + " characters, the FinCEN SAR allows " + NARRATIVE_MAX);
            return List.of(SarFields.cut(narrative, NARRATIVE_BLOCK));
        }
        List<String> blocks = new ArrayList<>();
        int start = 0;
        while (start < narrative.length()) {
            int end = narrative.length() - start <= NARRATIVE_BLOCK ? narrative.length()
                    : narrative.offsetByCodePoints(start, NARRATIVE_BLOCK);
            blocks.add(narrative.substring(start, end));
            start = end;
        }
        return blocks;
    }

    private String date(String field, LocalDate date) {
        if (date == null) {
            return null;
        }
        if (date.getYear() < 1900 || date.getYear() > 2099) {
            fields.problem(field, date + " is outside the years FinCEN accepts (1900 to 2099)");
            return null;
        }
        return date.format(DATE);
    }

    private String code(String field, String value, int max) {
        return fields.identifier(field, upper(value), max);
    }

    private void repeatLimit(String field, int count) {
        if (count > MAX_REPEATS) {
            fields.problem(field, "has " + count + ", the FinCEN SAR allows " + MAX_REPEATS);
        }
    }

    private static boolean sameParty(ReportSubject subject, String partyId) {
        return subject.partyId() != null && Objects.equals(subject.partyId(), partyId);
    }

    private static boolean hasStates(String country) {
        return "US".equals(country) || "CA".equals(country) || "MX".equals(country);
    }

    private static String upper(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
