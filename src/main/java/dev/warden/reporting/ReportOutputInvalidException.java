package dev.warden.reporting;

/**
 * A writer produced a document its format's schema rejects. That is a bug in the writer, not bad input: the
 * document is never handed out.
 */
public class ReportOutputInvalidException extends IllegalStateException {

    public ReportOutputInvalidException(String message, Throwable cause) {
        super(message, cause);
    }
}
