package dev.warden.engine;

import dev.warden.validation.IsoCountry;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A bank the payment is routed through besides the originator's and the beneficiary's own (their {@code bic}):
 * an intermediary, the instructing or instructed agent, a previous instructing or a forwarding agent. Each is
 * screened against the watch lists by BIC and by name, so a payment routed through a listed bank is caught.
 */
public record AgentRequest(
        @NotNull Role role,
        @Pattern(regexp = "[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", message = "must be an 8 or 11 character BIC in upper case") String bic,
        @Size(min = 1, max = 300) String name,
        @IsoCountry String country) {

    /** What the agent does for this payment. */
    public enum Role { INSTRUCTING, INSTRUCTED, PREVIOUS_INSTRUCTING, INTERMEDIARY, FORWARDING }

    @JsonIgnore
    @AssertTrue(message = "must name the agent: give its bic or its name")
    public boolean isIdentified() {
        return bic != null || name != null;
    }
}
