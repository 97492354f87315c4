package dev.warden.reporting;

/**
 * Why a report cannot be written: the field of the report ({@code subjects[0].lastName}) or the configuration key
 * ({@code warden.reporting.filer.tin}) and the reason.
 */
public record ReportProblem(String field, String reason) {

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
