package dev.warden.reporting;

/**
 * Writes a {@link SuspiciousActivityReport} in one regulator's format (a FinCEN SAR XML batch; a goAML report for
 * one FIU). Implementations are CDI beans; {@link ReportWriters} finds them by {@link #format()}.
 */
public interface ReportWriter {

    /** The format's stable name, as callers ask for it ("fincen-sar-xml"). */
    String format();

    /** The media type of what {@link #write} returns ("application/xml"). */
    String mediaType();

    /** The suffix a file of this format takes ("xml"). */
    String fileExtension();

    /**
     * The report in this format, validated against the format's schema where it has one.
     *
     * @throws ReportRefusedException when the report lacks what the format needs or a filer setting is missing,
     *         naming each field or key
     * @throws ReportOutputInvalidException when the writer produced a document its schema rejects (a bug)
     */
    byte[] write(SuspiciousActivityReport report);
}
