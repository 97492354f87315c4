package dev.warden.screening.clearance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An officer's clearance of a name hit. {@code partyId} is the party's partyId, or for a counterparty without
 * one its account key as decisions record it (accountId, "iban:IBAN" or "CHAIN:wallet"). Who clears is the
 * authenticated caller, not a field: a body that names {@code clearedBy} is refused.
 */
public record ClearanceRequest(
        @NotBlank(message = "name the party: its partyId, or its account key") @Size(max = 300) String partyId,
        @NotBlank(message = "name the list, as in GET /v1/watchlists") @Size(max = 64) String list,
        @NotBlank(message = "name the list entry that is not this party") @Size(max = 128) String entryId,
        @NotBlank(message = "say why this party is not the listed entry") @Size(max = 2000) String reason) {
}
