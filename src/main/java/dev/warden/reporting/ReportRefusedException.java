package dev.warden.reporting;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A report that cannot be written as it stands: a required field is missing or too long for the format, or a
 * filer setting is not configured. Every problem names its field or key, so the caller can say what to fix.
 */
public class ReportRefusedException extends RuntimeException {
    private final List<ReportProblem> problems;

    public ReportRefusedException(List<ReportProblem> problems) {
        super("the report cannot be written: "
                + problems.stream().map(ReportProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public ReportRefusedException(String field, String reason) {
        this(List.of(new ReportProblem(field, reason)));
    }

    public List<ReportProblem> problems() {
        return problems;
    }
}
