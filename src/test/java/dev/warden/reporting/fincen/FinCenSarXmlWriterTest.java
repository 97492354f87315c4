package dev.warden.reporting.fincen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.warden.reporting.ReportAccount;
import dev.warden.reporting.ReportProblem;
import dev.warden.reporting.ReportRefusedException;
import dev.warden.reporting.ReportSubject;
import dev.warden.reporting.ReportingSettings;
import dev.warden.reporting.SampleReports;
import dev.warden.reporting.SuspiciousActivityReport;

/** Hand-built reports written as SAR XML, validated against FinCEN's schema and read back by XPath. */
class FinCenSarXmlWriterTest {
    private static final String SUBJECT = "//f:Party[f:ActivityPartyTypeCode='33']";

    private final FinCenSarXmlWriter writer = new FinCenSarXmlWriter(ReportingSettings.testProfile());

    @Test
    void structuringCaseValidatesAndCarriesTheSubjectAmountsDatesAndCode() {
        byte[] xml = writer.write(SampleReports.structuring());
        SarXPath sar = new SarXPath(xml);

        assertThat(sar.text("/f:EFilingBatchXML/f:FormTypeCode")).isEqualTo("SARX");
        assertThat(sar.text("/f:EFilingBatchXML/@ActivityCount")).isEqualTo("1");
        assertThat(sar.text("/f:EFilingBatchXML/@PartyCount")).isEqualTo("1");
        // 48,250.50 USD in whole dollars, rounded up
        assertThat(sar.text("/f:EFilingBatchXML/@TotalAmount")).isEqualTo("48251");
        assertThat(sar.text("//f:SuspiciousActivity/f:TotalSuspiciousAmountText")).isEqualTo("48251");
        assertThat(sar.text("//f:SuspiciousActivity/f:SuspiciousActivityFromDateText")).isEqualTo("20250602");
        assertThat(sar.text("//f:SuspiciousActivity/f:SuspiciousActivityToDateText")).isEqualTo("20250606");
        assertThat(sar.text("//f:Activity/f:FilingDateText")).isEqualTo("20250620");
        assertThat(sar.texts("//f:SuspiciousActivityClassification/f:SuspiciousActivityTypeID")).containsExactly("1");
        assertThat(sar.texts("//f:SuspiciousActivityClassification/f:SuspiciousActivitySubtypeID"))
                .containsExactly("114");
        assertThat(sar.texts("//f:Assets/f:AssetSubtypeID")).containsExactly("39");

        String legal = SUBJECT + "/f:PartyName[f:PartyNameTypeCode='L']";
        assertThat(sar.text(legal + "/f:RawEntityIndividualLastName")).isEqualTo("Lopez");
        assertThat(sar.text(legal + "/f:RawIndividualFirstName")).isEqualTo("Maria");
        assertThat(sar.text(legal + "/f:RawIndividualMiddleName")).isEqualTo("Elena");
        assertThat(sar.text(SUBJECT + "/f:PartyName[f:PartyNameTypeCode='AKA']/f:RawPartyFullName"))
                .isEqualTo("Maria E. Lopez-Garcia");
        assertThat(sar.text(SUBJECT + "/f:IndividualBirthDateText")).isEqualTo("19840317");
        assertThat(sar.text(SUBJECT + "/f:PayeeReceiverIndicator")).isEqualTo("Y");
        assertThat(sar.text(SUBJECT + "/f:Address/f:RawStateCodeText")).isEqualTo("VA");
        // the SSN without its hyphens, as an SSN/ITIN (1); the licence with its issuing state (5)
        assertThat(sar.text(SUBJECT + "/f:PartyIdentification[f:PartyIdentificationTypeCode='1']"
                + "/f:PartyIdentificationNumberText")).isEqualTo("123456789");
        assertThat(sar.text(SUBJECT + "/f:PartyIdentification[f:PartyIdentificationTypeCode='5']"
                + "/f:OtherIssuerStateText")).isEqualTo("VA");
        assertThat(sar.text(SUBJECT + "/f:PartyAssociation/f:CustomerIndicator")).isEqualTo("Y");
        String account = SUBJECT + "/f:PartyAccountAssociation/f:Party[f:ActivityPartyTypeCode='41']";
        assertThat(sar.texts(account + "/f:Account/f:AccountNumberText")).containsExactly("4410021");
        assertThat(sar.text(account + "/f:PartyIdentification/f:PartyIdentificationNumberText"))
                .isEqualTo("000000000");

        assertThat(sar.texts("/f:EFilingBatchXML/f:Activity/f:Party/f:ActivityPartyTypeCode"))
                .containsExactly("35", "37", "30", "8", "34", "33");
        assertThat(sar.text("//f:Party[f:ActivityPartyTypeCode='35']/f:PartyIdentification"
                + "[f:PartyIdentificationTypeCode='28']/f:PartyIdentificationNumberText")).isEqualTo("PLACEHOLDER");
        assertThat(sar.text("//f:Party[f:ActivityPartyTypeCode='30']/f:PartyIdentification"
                + "[f:PartyIdentificationTypeCode='29']/f:PartyIdentificationNumberText")).isEqualTo("CASE20250042");
        assertThat(sar.texts("//f:ActivityNarrativeInformation/f:ActivityNarrativeText"))
                .containsExactly(SampleReports.STRUCTURING_NARRATIVE);
    }

    @Test
    void sanctionsCaseWithForeignCounterpartyAndLongNarrativeSplitsTheNarrativeInBlocks() {
        String narrative = SampleReports.longNarrative(9_500);
        byte[] xml = writer.write(SampleReports.sanctions(narrative));
        SarXPath sar = new SarXPath(xml);

        assertThat(sar.text("/f:EFilingBatchXML/@PartyCount")).isEqualTo("2");
        assertThat(sar.text("/f:EFilingBatchXML/@TotalAmount")).isEqualTo("1250001");
        assertThat(sar.texts(SUBJECT + "/f:PartyName[f:PartyNameTypeCode='L']/f:RawEntityIndividualLastName"))
                .containsExactly("Northwind Trade & Logistics LLC", "OOO Promtekhsnab");
        assertThat(sar.texts(SUBJECT + "/f:PartyName[f:PartyNameTypeCode='DBA']/f:RawPartyFullName"))
                .containsExactly("Northwind Logistics", "ООО Промтехснаб");
        assertThat(sar.texts(SUBJECT + "/f:PartyAsEntityOrganizationIndicator")).containsExactly("Y", "Y");
        assertThat(sar.text(SUBJECT + "[1]/f:PurchaserSenderIndicator")).isEqualTo("Y");
        assertThat(sar.text(SUBJECT + "[2]/f:PayeeReceiverIndicator")).isEqualTo("Y");

        String russian = SUBJECT + "[2]";
        assertThat(sar.text(russian + "/f:Address/f:RawCountryCodeText")).isEqualTo("RU");
        assertThat(sar.text(russian + "/f:PartyIdentification[f:PartyIdentificationTypeCode='9']"
                + "/f:PartyIdentificationNumberText")).isEqualTo("7701234567");
        assertThat(sar.text(russian + "/f:PartyIdentification[f:PartyIdentificationTypeCode='999']"
                + "/f:OtherPartyIdentificationTypeText")).isEqualTo("Company registration number");
        assertThat(sar.text(russian + "/f:PartyAssociation/f:NoRelationshipToInstitutionIndicator")).isEqualTo("Y");
        String foreignBank = russian + "/f:PartyAccountAssociation/f:Party";
        assertThat(sar.text(foreignBank + "/f:NonUSFinancialInstitutionIndicator")).isEqualTo("Y");
        assertThat(sar.text(foreignBank + "/f:PartyIdentification/f:TINUnknownIndicator")).isEqualTo("Y");
        assertThat(sar.text(foreignBank + "/f:Account/f:AccountNumberText")).isEqualTo("40702810900000012345");

        String company = SUBJECT + "[1]/f:PartyAccountAssociation/f:Party";
        assertThat(sar.count(company)).as("both accounts are at the filer: one institution").isEqualTo(1);
        assertThat(sar.texts(company + "/f:Account/f:AccountNumberText")).containsExactly("7700123001", "7700123002");
        assertThat(sar.texts(company + "/f:Account/f:PartyAccountAssociation/f:AccountClosedIndicator"))
                .containsExactly("Y");

        assertThat(sar.texts("//f:SuspiciousActivityClassification/f:SuspiciousActivitySubtypeID"))
                .containsExactly("9999", "928", "807");
        assertThat(sar.texts("//f:SuspiciousActivityClassification/f:SuspiciousActivityTypeID"))
                .containsExactly("9", "9", "8");
        assertThat(sar.text("//f:SuspiciousActivityClassification[f:SuspiciousActivitySubtypeID='9999']"
                + "/f:OtherSuspiciousActivityTypeText")).isEqualTo("FIN-2022-RUSSIASANCTIONS");
        assertThat(sar.texts("//f:Assets/f:AssetSubtypeID")).containsExactly("33");

        List<String> blocks = sar.texts("//f:ActivityNarrativeInformation/f:ActivityNarrativeText");
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0)).hasSize(4000);
        assertThat(blocks.get(1)).hasSize(4000);
        assertThat(String.join("", blocks)).isEqualTo(narrative);
        assertThat(sar.texts("//f:ActivityNarrativeInformation/f:ActivityNarrativeSequenceNumber"))
                .containsExactly("1", "2", "3");
    }

    @Test
    void everySeqNumIsUnique() {
        SarXPath sar = new SarXPath(writer.write(SampleReports.sanctions(SampleReports.longNarrative(5_000))));
        List<String> seqNums = sar.texts("//@SeqNum");
        assertThat(seqNums).hasSizeGreaterThan(30).doesNotHaveDuplicates();
    }

    @Test
    void aNarrativeOverFinCensLimitIsRefusedNotCut() {
        SuspiciousActivityReport report = SampleReports.sanctions(SampleReports.longNarrative(17_001));
        assertThat(problems(() -> writer.write(report)))
                .containsExactly(new ReportProblem("narrative", "is 17001 characters, the FinCEN SAR allows 17000"));
    }

    @Test
    void aReportWithoutSubjectIsRefusedNamingTheField() {
        SuspiciousActivityReport full = SampleReports.structuring();
        SuspiciousActivityReport noSubject = new SuspiciousActivityReport(full.reportId(), full.filingDate(),
                full.activityFrom(), full.activityTo(), full.totalAmountUsd(), full.activities(), List.of(),
                full.transactions(), full.findings(), " ", full.preparedBy(), full.approvedBy());
        assertThatThrownBy(() -> writer.write(noSubject)).isInstanceOf(ReportRefusedException.class)
                .hasMessageContaining("subjects: at least one subject is required")
                .hasMessageContaining("narrative: is required");
    }

    @Test
    void missingFilerSettingsAreRefusedNamingEachKey() {
        FinCenSarXmlWriter unconfigured = new FinCenSarXmlWriter(ReportingSettings.inProfile("test",
                Set.of("warden.reporting.filer.tin", "warden.reporting.fincen.transmitter.control-code",
                        "warden.reporting.filer.address.state"),
                Map.of()));
        assertThat(problems(() -> unconfigured.write(SampleReports.structuring()))).extracting(ReportProblem::field)
                .containsExactlyInAnyOrder("warden.reporting.filer.tin", "warden.reporting.filer.address.state",
                        "warden.reporting.fincen.transmitter.control-code");
    }

    @Test
    void theProductionProfileHasNoFilerAndRefusesEveryReport() {
        FinCenSarXmlWriter production = new FinCenSarXmlWriter(ReportingSettings.inProfile("prod", Set.of(),
                Map.of()));
        assertThat(problems(() -> production.write(SampleReports.structuring()))).extracting(ReportProblem::field)
                .contains("warden.reporting.filer.name", "warden.reporting.filer.tin",
                        "warden.reporting.fincen.primary-regulator", "warden.reporting.fincen.transmitter.tin")
                .allMatch(field -> field.startsWith("warden.reporting."));
    }

    @Test
    void theLocalProfileHasPlaceholdersToo() {
        FinCenSarXmlWriter local = new FinCenSarXmlWriter(ReportingSettings.inProfile("local", Set.of(), Map.of()));
        assertThat(new SarXPath(local.write(SampleReports.structuring()))
                .text("//f:Party[f:ActivityPartyTypeCode='30']/f:PartyName/f:RawPartyFullName"))
                .isEqualTo("PLACEHOLDER BANK - NOT FOR FILING");
    }

    @Test
    void anUnknownPrimaryRegulatorIsRefusedNamingTheKey() {
        FinCenSarXmlWriter misconfigured = new FinCenSarXmlWriter(ReportingSettings.inProfile("test", Set.of(),
                Map.of("warden.reporting.fincen.primary-regulator", "FINMA")));
        assertThat(problems(() -> misconfigured.write(SampleReports.structuring()))).extracting(ReportProblem::field)
                .containsExactly("warden.reporting.fincen.primary-regulator");
    }

    @Test
    void aConfiguredValueTooLongIsRefusedNamingItsKey() {
        FinCenSarXmlWriter misconfigured = new FinCenSarXmlWriter(ReportingSettings.inProfile("test", Set.of(),
                Map.of("warden.reporting.filer.address.postal-code", "22113-4455-1", "warden.reporting.filer.tin",
                        "12-3456789")));
        assertThat(problems(() -> misconfigured.write(SampleReports.structuring())))
                .containsExactly(new ReportProblem("warden.reporting.filer.address.postal-code",
                        "is 10 characters, the FinCEN SAR allows 9"));
    }

    @Test
    void identifiersTooLongAreRefusedAndNamesTooLongAreCut() {
        SuspiciousActivityReport structuring = SampleReports.structuring();
        ReportSubject longName = ReportSubject.entity("party-long").fullName("A".repeat(149) + " Holdings")
                .account(ReportAccount.atFiler("9".repeat(41))).build();
        SuspiciousActivityReport report = withSubjects(structuring, List.of(longName));
        assertThat(problems(() -> writer.write(report)))
                .containsExactly(new ReportProblem("subjects[0].accounts[0].number",
                        "is 41 characters, the FinCEN SAR allows 40"));

        ReportSubject fits = ReportSubject.entity("party-long").fullName("A".repeat(149) + " Holdings")
                .account(ReportAccount.atFiler("9".repeat(40))).build();
        SarXPath sar = new SarXPath(writer.write(withSubjects(structuring, List.of(fits))));
        assertThat(sar.text(SUBJECT + "/f:PartyName/f:RawEntityIndividualLastName")).isEqualTo("A".repeat(149));
    }

    @Test
    void markupAndControlCharactersInValuesAreEscapedOrDropped() {
        ReportSubject subject = ReportSubject.entity("party-x").fullName("Smith & Sons <Ltd>\u0007\n  \"Trading\"")
                .build();
        SarXPath sar = new SarXPath(writer.write(withSubjects(SampleReports.structuring(), List.of(subject))));
        assertThat(sar.text(SUBJECT + "/f:PartyName/f:RawEntityIndividualLastName"))
                .isEqualTo("Smith & Sons <Ltd> \"Trading\"");
        assertThat(sar.text(SUBJECT + "/f:NoKnownAccountInvolvedIndicator")).isEqualTo("Y");
        assertThat(sar.text(SUBJECT + "/f:PartyIdentification/f:TINUnknownIndicator")).isEqualTo("Y");
    }

    private static SuspiciousActivityReport withSubjects(SuspiciousActivityReport report,
            List<ReportSubject> subjects) {
        return new SuspiciousActivityReport(report.reportId(), report.filingDate(), report.activityFrom(),
                report.activityTo(), report.totalAmountUsd(), report.activities(), subjects, List.of(),
                report.findings(), report.narrative(), report.preparedBy(), report.approvedBy());
    }

    private static List<ReportProblem> problems(Runnable write) {
        ReportRefusedException refused = catchThrowableOfType(ReportRefusedException.class, write::run);
        assertThat(refused).as("refused").isNotNull();
        return refused.problems();
    }
}
