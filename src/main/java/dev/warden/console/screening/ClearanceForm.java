package dev.warden.console.screening;

import dev.warden.screening.clearance.ClearanceRequest;

/** The clearance form as the browser sent it, kept to fill the form again when it is refused. */
public record ClearanceForm(String partyId, String list, String entryId, String reason) {
    static final ClearanceForm EMPTY = new ClearanceForm(null, null, null, null);

    ClearanceRequest request() {
        return new ClearanceRequest(ScreeningForm.orNull(partyId), ScreeningForm.orNull(list),
                ScreeningForm.orNull(entryId), ScreeningForm.orNull(reason));
    }
}
