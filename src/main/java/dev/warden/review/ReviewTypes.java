package dev.warden.review;

/** The closed vocabularies of review, as stored in the alerts, review_cases and case_log tables. */
public final class ReviewTypes {
    private ReviewTypes() {
    }

    /** Where an alert came from: a live decision, or the re-screening of a stored customer. */
    public enum AlertSource { DECISION, RESCREENING }

    public enum AlertStatus { OPEN, DISPOSED }

    /** What the decision's record shows: an alert open, its outcome proposed and waiting, or final. */
    public enum ReviewState { OPEN, PENDING_APPROVAL, DISPOSED }

    public enum CaseStatus { OPEN, IN_REVIEW, PENDING_APPROVAL, CLOSED }

    public enum Disposition { FALSE_POSITIVE, TRUE_POSITIVE_NO_REPORT, REPORTED }

    /** What the payment system is told to do with a held payment. */
    public enum PaymentOutcome { RELEASE, REJECT }

    public enum CaseAction {
        OPENED, ALERT_JOINED, CLAIMED, ASSIGNED, COMMENTED, PROPOSED, APPROVED, RETURNED, CLOSED, REOPENED
    }
}
