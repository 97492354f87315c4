package dev.warden.facts;

/** How serious a finding is. Ordered: a decision's outcome is the most severe of its findings. */
public enum Severity {
    /** Recorded for the audit trail; does not change the outcome. */
    INFO,
    /** A person must look before the money moves. */
    REVIEW,
    /** The money must not move. */
    BLOCK;

    public Severity atLeast(Severity other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
