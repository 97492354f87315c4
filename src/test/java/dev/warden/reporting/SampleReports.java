package dev.warden.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import dev.warden.facts.Category;
import dev.warden.facts.Severity;
import dev.warden.facts.TransactionType;

/** Reports built by hand as the cases module will build them from a case. */
public final class SampleReports {
    public static final String STRUCTURING_NARRATIVE = "Between 2 and 6 June 2025 the customer Maria Elena Lopez"
            + " made five cash deposits into account 4410021, each between 9,400 and 9,900 USD, on consecutive"
            + " days, in total 48,250.50 USD. The amounts stay just under the 10,000 USD currency transaction report"
            + " threshold; the customer declared a monthly volume of 3,000 USD.\nRule STRUCTURING_CASH_UNDER_CTR"
            + " flagged the third deposit; the officer reviewed all five.";

    private SampleReports() {
    }

    /** (a) one individual with one account, five cash deposits under 10,000 USD. */
    public static SuspiciousActivityReport structuring() {
        ReportSubject subject = ReportSubject.individual("party-lopez")
                .name("Maria", "Elena", "Lopez")
                .alternateName("Maria E. Lopez-Garcia")
                .dateOfBirth(LocalDate.of(1984, 3, 17))
                .country("US")
                .address(new PostalAddress("12 Harbor View Road", "Norfolk", "VA", "23510", "US"))
                .identifier(SubjectIdentifier.of(IdentifierType.TAX_ID, "123-45-6789", "US"))
                .identifier(new SubjectIdentifier(IdentifierType.DRIVERS_LICENSE, "T1234567", "US", "VA", null))
                .account(ReportAccount.atFiler("4410021"))
                .customer(true)
                .build();
        SuspiciousActivityReport.Builder report = SuspiciousActivityReport.builder("CASE-2025-0042")
                .filingDate(LocalDate.of(2025, 6, 20))
                .activityPeriod(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 6))
                .activity(ActivityCategory.STRUCTURING)
                .subject(subject)
                .narrative(STRUCTURING_NARRATIVE)
                .preparedBy("officer-anna")
                .approvedBy("supervisor-ben")
                .finding(new ReportFinding("STRUCTURING_CASH_UNDER_CTR", Category.LAYERING, Severity.REVIEW,
                        "5 cash deposits between 9,000 and 10,000 USD within 5 days"));
        String[] amounts = { "9400.00", "9850.50", "9700.00", "9900.00", "9400.00" };
        for (int day = 0; day < amounts.length; day++) {
            BigDecimal amount = new BigDecimal(amounts[day]);
            report.transaction(new ReportTransaction("tx-dep-" + (day + 1),
                    Instant.parse("2025-06-0" + (day + 2) + "T10:15:00Z"), amount, "USD", amount, null, null,
                    "party-lopez", "4410021", TransactionType.CASH_DEPOSIT));
        }
        return report.build();
    }

    /**
     * (b) a US trading company paying a Russian counterparty on a sanctions list, from two accounts, with a
     * narrative longer than one FinCEN block.
     */
    public static SuspiciousActivityReport sanctions(String narrative) {
        ReportSubject company = ReportSubject.entity("party-northwind")
                .fullName("Northwind Trade & Logistics LLC")
                .alternateName("Northwind Logistics")
                .country("US")
                .address(new PostalAddress("400 Commerce Street, Suite 12", "Wilmington", "DE", "19801", "US"))
                .identifier(SubjectIdentifier.of(IdentifierType.TAX_ID, "84-1234567", "US"))
                .account(ReportAccount.atFiler("7700123001"))
                .account(new ReportAccount("7700123002", null, true))
                .customer(true)
                .build();
        ReportSubject counterparty = ReportSubject.entity("party-promtech")
                .fullName("OOO Promtekhsnab")
                .alternateName("ООО Промтехснаб")
                .country("RU")
                .address(new PostalAddress("ul. Tverskaya 7", "Moscow", null, "125009", "RU"))
                .identifier(SubjectIdentifier.of(IdentifierType.TAX_ID, "7701234567", "RU"))
                .identifier(SubjectIdentifier.of(IdentifierType.COMPANY_REGISTRATION, "1027700132195", "RU"))
                .account(new ReportAccount("40702810900000012345",
                        new HoldingInstitution("AO Bank Example Moscow", null, "RU"), false))
                .build();
        SuspiciousActivityReport.Builder report = SuspiciousActivityReport.builder("CASE-2025-0107")
                .filingDate(LocalDate.of(2025, 9, 30))
                .activityPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 8, 29))
                .totalAmountUsd(new BigDecimal("1250000.40"))
                .activity(new ReportedActivity(ActivityCategory.SANCTIONS_EVASION, "FIN-2022-RUSSIASANCTIONS"))
                .activity(ActivityCategory.HIGH_RISK_JURISDICTION)
                .activity(ActivityCategory.LAYERING)
                .subject(company)
                .subject(counterparty)
                .narrative(narrative)
                .preparedBy("officer-anna")
                .approvedBy("supervisor-ben")
                .finding(new ReportFinding("SANCTIONS_NAME_MATCH", Category.SANCTIONS, Severity.BLOCK,
                        "beneficiary matches OFAC SDN entry 12345 (score 0.97)"));
        for (int i = 0; i < 4; i++) {
            BigDecimal eur = new BigDecimal("287500.00");
            report.transaction(new ReportTransaction("tx-wire-" + (i + 1),
                    Instant.parse("2025-07-0" + (i + 1) + "T09:00:00Z"), eur, "EUR", new BigDecimal("312500.10"),
                    "party-northwind", i % 2 == 0 ? "7700123001" : "7700123002", "party-promtech",
                    "40702810900000012345", TransactionType.WIRE));
        }
        return report.build();
    }

    /** A narrative of about {@code length} characters, paragraphs of numbered sentences. */
    public static String longNarrative(int length) {
        StringBuilder text = new StringBuilder();
        int sentence = 1;
        while (text.length() < length) {
            text.append("Sentence ").append(sentence).append(": Northwind wired funds to OOO Promtekhsnab in Moscow. ");
            if (sentence % 10 == 0) {
                text.append('\n');
            }
            sentence++;
        }
        return text.substring(0, length).strip();
    }
}
