package dev.warden.review;

import java.sql.SQLException;

/** A database failure in review work; its SQLState travels in the cause (db.FailureText), its message never leaves. */
public class ReviewStorageException extends RuntimeException {
    public ReviewStorageException(SQLException cause) {
        super("the review tables could not be read or written", cause);
    }
}
