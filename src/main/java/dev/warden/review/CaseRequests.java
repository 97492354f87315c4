package dev.warden.review;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.warden.review.ReviewTypes.Disposition;
import dev.warden.review.ReviewTypes.PaymentOutcome;

/**
 * The bodies of the case actions. None names who acts: that is always the authenticated caller (an unknown field
 * such as "actor" is refused like any other).
 */
public final class CaseRequests {
    private CaseRequests() {
    }

    public record Assign(
            @NotBlank(message = "name the user who takes the case") @Size(max = 128) @Schema(example = "olga") String assignee,
            @Size(max = 2000) @Schema(example = "speaks Kyrgyz") String reason) {
    }

    public record Comment(
            @NotBlank(message = "say what to note") @Size(max = 20000)
            @Schema(example = "Called the customer: the invoice is for machine parts") String comment) {
    }

    /**
     * A disposition for the case, the outcome of every open alert that holds a payment (by alert id), and why.
     * Releasing a BLOCKed payment or filing a report waits for a supervisor; anything else closes the case.
     */
    public record Proposal(
            @NotNull(message = "say how the case ends: FALSE_POSITIVE, TRUE_POSITIVE_NO_REPORT or REPORTED") Disposition disposition,
            @Schema(example = "{\"0b3c6f0e-7d1a-4a47-9a51-0e7f4f1b2c3d\": \"RELEASE\"}") Map<UUID, PaymentOutcome> outcomes,
            @NotBlank(message = "give the reasons (the narrative of a report)") @Size(max = 20000)
            @Schema(example = "Invoices and customs papers match; the name hit is a different company") String narrative) {
    }

    public record Approval(@Size(max = 2000) @Schema(example = "papers checked") String comment) {
    }

    /** Why a proposal goes back, or why a closed case is opened again. */
    public record Reason(
            @NotBlank(message = "say why") @Size(max = 2000) @Schema(example = "the invoice does not match the amount") String reason) {
    }
}
