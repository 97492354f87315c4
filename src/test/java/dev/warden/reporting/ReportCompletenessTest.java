package dev.warden.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** What every report needs, whatever its format, each problem named by its field. */
class ReportCompletenessTest {

    @Test
    void theSampleReportsAreComplete() {
        assertThat(ReportCompleteness.problems(SampleReports.structuring())).isEmpty();
        assertThat(ReportCompleteness.problems(SampleReports.sanctions("narrative"))).isEmpty();
    }

    @Test
    void anEmptyReportNamesEveryMissingField() {
        assertThat(ReportCompleteness.problems(SuspiciousActivityReport.builder(" ").build()))
                .extracting(ReportProblem::field).containsExactly("reportId", "filingDate", "activityFrom",
                        "activities", "subjects", "narrative", "preparedBy");
    }

    @Test
    void subjectsActivitiesAndDatesAreCheckedFieldByField() {
        SuspiciousActivityReport report = SuspiciousActivityReport.builder("R-1")
                .filingDate(LocalDate.of(2025, 1, 10))
                .activityPeriod(LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 4))
                .activity(ReportedActivity.other(" "))
                .subject(ReportSubject.individual("p1").name("Ann", null, null).build())
                .subject(ReportSubject.entity("p2").account(new ReportAccount(" ", null, false))
                        .identifier(SubjectIdentifier.of(IdentifierType.PASSPORT, "", null)).build())
                .narrative("n").preparedBy("officer").build();
        assertThat(ReportCompleteness.problems(report)).extracting(ReportProblem::toString).containsExactly(
                "activityTo: is before activityFrom",
                "activities[0].description: is required for OTHER",
                "subjects[0].lastName: an individual's last name or full name is required",
                "subjects[1].fullName: an entity's legal name is required",
                "subjects[1].identifiers[0]: needs a type and a value",
                "subjects[1].accounts[0].number: is required");
    }

    @Test
    void theAmountInvolvedIsTheStatedTotalElseTheTransactionsSum() {
        assertThat(SampleReports.structuring().amountInvolvedUsd()).isEqualByComparingTo("48250.50");
        assertThat(SampleReports.sanctions("n").amountInvolvedUsd()).isEqualByComparingTo("1250000.40");
        assertThat(SuspiciousActivityReport.builder("R").build().amountInvolvedUsd()).isNull();
    }
}
