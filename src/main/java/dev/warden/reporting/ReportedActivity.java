package dev.warden.reporting;

/**
 * One kind of suspicious activity in a report. {@code description} is free text: required for {@link
 * ActivityCategory#OTHER}, otherwise an optional precision (a writer whose code for the category is an "other"
 * code uses it as that code's text, for example a FinCEN advisory key term).
 */
public record ReportedActivity(ActivityCategory category, String description) {

    public static ReportedActivity of(ActivityCategory category) {
        return new ReportedActivity(category, null);
    }

    public static ReportedActivity other(String description) {
        return new ReportedActivity(ActivityCategory.OTHER, description);
    }
}
