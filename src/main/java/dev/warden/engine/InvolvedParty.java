package dev.warden.engine;

import dev.warden.validation.IsoCountry;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import dev.warden.facts.PartyRole;
import dev.warden.facts.PartyType;

/**
 * A party the payment involves besides the originator and the beneficiary (and their own banks): a bank it is
 * routed through (an intermediary, the instructing or instructed agent, a previous instructing or a forwarding
 * agent), or the ultimate originator or beneficiary on whose behalf it moves. Each is screened against the watch
 * lists by BIC and by name, so that a payment routed through a listed bank is caught.
 */
public record InvolvedParty(
        @NotNull Role role,
        @Size(min = 1, max = 300) String name,
        PartyType type,
        @Pattern(regexp = "[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", message = "must be an 8 or 11 character BIC in upper case") String bic,
        @IsoCountry String country) {

    /** What the party does for this payment. */
    public enum Role {
        ULTIMATE_ORIGINATOR, ULTIMATE_BENEFICIARY, INSTRUCTING_AGENT, INSTRUCTED_AGENT, PREVIOUS_INSTRUCTING_AGENT,
        INTERMEDIARY_AGENT, FORWARDING_AGENT;

        /** The role its screening hits carry. */
        public PartyRole screeningRole() {
            return switch (this) {
                case ULTIMATE_ORIGINATOR -> PartyRole.ULTIMATE_ORIGINATOR;
                case ULTIMATE_BENEFICIARY -> PartyRole.ULTIMATE_BENEFICIARY;
                default -> PartyRole.AGENT;
            };
        }
    }

    @JsonIgnore
    @AssertTrue(message = "must name the party: give its bic or its name")
    public boolean isIdentified() {
        return bic != null || name != null;
    }
}
