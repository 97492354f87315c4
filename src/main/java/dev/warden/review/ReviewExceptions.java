package dev.warden.review;

import java.util.UUID;

import dev.warden.review.ReviewTypes.CaseStatus;

/** What case work refuses, each answered by api with its own status (problem+json). */
public final class ReviewExceptions {
    private ReviewExceptions() {
    }

    /** 404: no such case or alert. */
    public static final class NotFound extends RuntimeException {
        public NotFound(String what, UUID id) {
            super("no " + what + " " + id);
        }
    }

    /** 409: the action is not possible in the case's current status. */
    public static final class IllegalInStatus extends RuntimeException {
        private final CaseStatus status;

        public IllegalInStatus(String action, CaseStatus status, String allowedIn) {
            super("the case is " + status + ": " + action + " is possible only when it is " + allowedIn);
            this.status = status;
        }

        public IllegalInStatus(String message, CaseStatus status) {
            super(message);
            this.status = status;
        }

        public CaseStatus status() {
            return status;
        }
    }

    /** 403: the caller may not do this (four eyes: the supervisor role, and not the proposer). */
    public static final class NotAllowed extends RuntimeException {
        public NotAllowed(String why) {
            super(why);
        }
    }

    /** 400: a field of the action's body that is well formed but does not fit the case. */
    public static final class InvalidField extends RuntimeException {
        private final String field;

        public InvalidField(String field, String reason) {
            super(reason);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
