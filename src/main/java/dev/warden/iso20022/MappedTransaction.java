package dev.warden.iso20022;

import java.util.Map;

import dev.warden.engine.DecisionRequest;

/**
 * One credit transfer of a message as Warden decides it: its element path, the decision request mapped from it,
 * the identifiers a status report quotes back, and for each request field the element it came from (so that a
 * refusal of a field names the element).
 */
public record MappedTransaction(String path, DecisionRequest request, PaymentIds ids, Map<String, String> sources) {

    /** The payment identification as the message gave it. */
    public record PaymentIds(String instructionId, String endToEndId, String transactionId, String uetr) {
    }

    /** The element a request field (a path such as {@code originator.bic} or {@code involved[0].name}) came from. */
    public String sourceOf(String field) {
        for (String f = field; !f.isEmpty(); f = f.contains(".") ? f.substring(0, f.lastIndexOf('.')) : "") {
            String source = sources.get(f);
            if (source != null) return source;
        }
        return path;
    }
}
