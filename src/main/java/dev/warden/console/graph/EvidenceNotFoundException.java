package dev.warden.console.graph;

/**
 * The fragment asked for does not exist: no such decision, case or finding, or a finding of another kind. The
 * message is shown to the officer as it is, so it names only what the path said, never stored values.
 */
public class EvidenceNotFoundException extends RuntimeException {
    public EvidenceNotFoundException(String message) {
        super(message);
    }
}
