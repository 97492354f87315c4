package dev.warden.reporting.fincen;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.warden.reporting.ReportCompleteness;
import dev.warden.reporting.ReportOutputInvalidException;
import dev.warden.reporting.ReportProblem;
import dev.warden.reporting.ReportRefusedException;
import dev.warden.reporting.ReportWriter;
import dev.warden.reporting.ReportingConfig;
import dev.warden.reporting.SuspiciousActivityReport;

/**
 * A report as a FinCEN SAR (Report 111) XML batch for BSA E-Filing: an {@code EFilingBatchXML} with one Activity,
 * validated against FinCEN's schema before it is returned. The filer and transmitter come from {@code
 * warden.reporting.*}, read at each write, so a missing key refuses the report (naming the key), not the start.
 */
@ApplicationScoped
public class FinCenSarXmlWriter implements ReportWriter {
    public static final String FORMAT = "fincen-sar-xml";

    private final ReportingConfig config;
    private final SarSchema schema;

    @Inject
    public FinCenSarXmlWriter(ReportingConfig config) {
        this(config, SarSchema.shipped());
    }

    public FinCenSarXmlWriter(ReportingConfig config, SarSchema schema) {
        this.config = config;
        this.schema = schema;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String mediaType() {
        return "application/xml";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public byte[] write(SuspiciousActivityReport report) {
        List<ReportProblem> problems = new ArrayList<>(ReportCompleteness.problems(report));
        FinCenFiler filer = FinCenFiler.read(config, problems);
        if (!problems.isEmpty()) {
            throw new ReportRefusedException(problems);
        }
        byte[] batch = new SarBatch(report, filer).write();
        try {
            schema.validate(batch);
        } catch (SarSchemaViolation violation) {
            throw new ReportOutputInvalidException("the FinCEN SAR written for report " + report.reportId()
                    + " is not valid (a bug in the writer): " + violation.getMessage(), violation);
        }
        return batch;
    }
}
