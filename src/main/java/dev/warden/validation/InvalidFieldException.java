package dev.warden.validation;

/** A request field that is well formed but not acceptable (for example a currency Warden has no rate for). */
public class InvalidFieldException extends RuntimeException {
    private final String field;

    public InvalidFieldException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
