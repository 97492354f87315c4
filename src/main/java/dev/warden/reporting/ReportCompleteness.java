package dev.warden.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * What any report needs, whatever its format: an id, a filing date, the start of the activity (and an end not
 * before it), at least one kind of activity (OTHER with a description), at least one subject with a name, a
 * narrative and who prepared it. Format limits (lengths, counts) are each writer's own checks.
 */
public final class ReportCompleteness {

    private ReportCompleteness() {
    }

    public static List<ReportProblem> problems(SuspiciousActivityReport report) {
        List<ReportProblem> problems = new ArrayList<>();
        requireText(problems, "reportId", report.reportId());
        if (report.filingDate() == null) {
            problems.add(new ReportProblem("filingDate", "is required"));
        }
        if (report.activityFrom() == null) {
            problems.add(new ReportProblem("activityFrom", "is required (the first day of the activity)"));
        } else if (report.activityTo() != null && report.activityTo().isBefore(report.activityFrom())) {
            problems.add(new ReportProblem("activityTo", "is before activityFrom"));
        }
        if (report.totalAmountUsd() != null && report.totalAmountUsd().signum() < 0) {
            problems.add(new ReportProblem("totalAmountUsd", "is negative"));
        }
        if (report.activities().isEmpty()) {
            problems.add(new ReportProblem("activities", "at least one kind of suspicious activity is required"));
        }
        for (int i = 0; i < report.activities().size(); i++) {
            ReportedActivity activity = report.activities().get(i);
            if (activity == null || activity.category() == null) {
                problems.add(new ReportProblem("activities[" + i + "].category", "is required"));
            } else if (activity.category() == ActivityCategory.OTHER && isBlank(activity.description())) {
                problems.add(new ReportProblem("activities[" + i + "].description", "is required for OTHER"));
            }
        }
        if (report.subjects().isEmpty()) {
            problems.add(new ReportProblem("subjects", "at least one subject is required"));
        }
        for (int i = 0; i < report.subjects().size(); i++) {
            subjectProblems(problems, "subjects[" + i + "]", report.subjects().get(i));
        }
        requireText(problems, "narrative", report.narrative());
        requireText(problems, "preparedBy", report.preparedBy());
        return problems;
    }

    /** Throws {@link ReportRefusedException} naming every problem, if there is one. */
    public static void require(SuspiciousActivityReport report) {
        List<ReportProblem> problems = problems(report);
        if (!problems.isEmpty()) {
            throw new ReportRefusedException(problems);
        }
    }

    private static void subjectProblems(List<ReportProblem> problems, String path, ReportSubject subject) {
        if (subject == null) {
            problems.add(new ReportProblem(path, "is null"));
            return;
        }
        if (subject.type() == null) {
            problems.add(new ReportProblem(path + ".type", "is required (INDIVIDUAL or ENTITY)"));
        } else if (subject.type() == SubjectType.ENTITY && isBlank(subject.fullName())) {
            problems.add(new ReportProblem(path + ".fullName", "an entity's legal name is required"));
        } else if (subject.type() == SubjectType.INDIVIDUAL && isBlank(subject.lastName())
                && isBlank(subject.fullName())) {
            problems.add(new ReportProblem(path + ".lastName", "an individual's last name or full name is required"));
        }
        for (int i = 0; i < subject.identifiers().size(); i++) {
            SubjectIdentifier identifier = subject.identifiers().get(i);
            if (identifier == null || identifier.type() == null || isBlank(identifier.value())) {
                problems.add(new ReportProblem(path + ".identifiers[" + i + "]", "needs a type and a value"));
            }
        }
        for (int i = 0; i < subject.accounts().size(); i++) {
            ReportAccount account = subject.accounts().get(i);
            if (account == null || isBlank(account.number())) {
                problems.add(new ReportProblem(path + ".accounts[" + i + "].number", "is required"));
            }
        }
    }

    private static void requireText(List<ReportProblem> problems, String field, String value) {
        if (isBlank(value)) {
            problems.add(new ReportProblem(field, "is required"));
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
