package dev.warden.reporting;

/**
 * An account of a subject involved in the activity. {@code heldAt} is null for an account at the filing
 * institution itself; {@code closed} says the account has been closed.
 */
public record ReportAccount(String number, HoldingInstitution heldAt, boolean closed) {

    /** An open account at the filing institution. */
    public static ReportAccount atFiler(String number) {
        return new ReportAccount(number, null, false);
    }

    public boolean atFilingInstitution() {
        return heldAt == null;
    }
}
