package dev.warden.reporting.fincen;

import java.util.List;

/** A document the SAR schema rejects, with the schema's messages. */
public class SarSchemaViolation extends RuntimeException {
    private final List<String> errors;

    SarSchemaViolation(String schema, List<String> errors) {
        super("not valid against " + schema + ": " + String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
