package dev.warden.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A suspicious activity report in no regulator's format: what a case knows (its subjects and their accounts, the
 * transactions, the findings, the officer's narrative), from which each {@link ReportWriter} writes its format.
 *
 * <p>{@code totalAmountUsd} is the amount involved in USD; when null, writers use the sum of the transactions'
 * USD amounts ({@link #amountInvolvedUsd()}). {@code activityTo} may be null for activity on one day. {@code
 * preparedBy} and {@code approvedBy} are the authenticated users who wrote and approved the report.
 * {@link ReportCompleteness} says what a report lacks; writers refuse an incomplete one.
 */
public record SuspiciousActivityReport(String reportId, LocalDate filingDate, LocalDate activityFrom,
        LocalDate activityTo, BigDecimal totalAmountUsd, List<ReportedActivity> activities,
        List<ReportSubject> subjects, List<ReportTransaction> transactions, List<ReportFinding> findings,
        String narrative, String preparedBy, String approvedBy) {

    public SuspiciousActivityReport {
        activities = activities == null ? List.of() : List.copyOf(activities);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        transactions = transactions == null ? List.of() : List.copyOf(transactions);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public static Builder builder(String reportId) {
        return new Builder(reportId);
    }

    /**
     * The amount involved in USD: the stated total, else the sum of the transactions' USD amounts, else null
     * (unknown).
     */
    public BigDecimal amountInvolvedUsd() {
        if (totalAmountUsd != null) {
            return totalAmountUsd;
        }
        return transactions.stream().map(ReportTransaction::amountUsd).filter(amount -> amount != null)
                .reduce(BigDecimal::add).orElse(null);
    }

    public static final class Builder {
        private final String reportId;
        private LocalDate filingDate;
        private LocalDate activityFrom;
        private LocalDate activityTo;
        private BigDecimal totalAmountUsd;
        private final List<ReportedActivity> activities = new ArrayList<>();
        private final List<ReportSubject> subjects = new ArrayList<>();
        private final List<ReportTransaction> transactions = new ArrayList<>();
        private final List<ReportFinding> findings = new ArrayList<>();
        private String narrative;
        private String preparedBy;
        private String approvedBy;

        private Builder(String reportId) {
            this.reportId = reportId;
        }

        public Builder filingDate(LocalDate value) {
            this.filingDate = value;
            return this;
        }

        public Builder activityPeriod(LocalDate from, LocalDate to) {
            this.activityFrom = from;
            this.activityTo = to;
            return this;
        }

        public Builder totalAmountUsd(BigDecimal value) {
            this.totalAmountUsd = value;
            return this;
        }

        public Builder activity(ReportedActivity value) {
            activities.add(value);
            return this;
        }

        public Builder activity(ActivityCategory category) {
            return activity(ReportedActivity.of(category));
        }

        public Builder subject(ReportSubject value) {
            subjects.add(value);
            return this;
        }

        public Builder transaction(ReportTransaction value) {
            transactions.add(value);
            return this;
        }

        public Builder finding(ReportFinding value) {
            findings.add(value);
            return this;
        }

        public Builder narrative(String value) {
            this.narrative = value;
            return this;
        }

        public Builder preparedBy(String value) {
            this.preparedBy = value;
            return this;
        }

        public Builder approvedBy(String value) {
            this.approvedBy = value;
            return this;
        }

        public SuspiciousActivityReport build() {
            return new SuspiciousActivityReport(reportId, filingDate, activityFrom, activityTo, totalAmountUsd,
                    activities, subjects, transactions, findings, narrative, preparedBy, approvedBy);
        }
    }
}
