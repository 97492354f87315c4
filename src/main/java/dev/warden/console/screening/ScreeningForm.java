package dev.warden.console.screening;

import dev.warden.screening.SearchRequest;

/**
 * The screening search form as the browser sent it: a name with its qualifiers, and the party whose clearances
 * apply (so a hit this party has cleared shows as cleared). An empty field means "not given".
 */
public record ScreeningForm(String name, String type, String country, String dateOfBirth, String partyId) {

    static final String[] TYPES = { "INDIVIDUAL", "ENTITY", "COMPANY", "FINANCIAL_INSTITUTION", "VASP", "VESSEL",
            "AIRCRAFT" };

    /** Whether anything was asked: the first visit shows the form, not an error. */
    boolean asked() {
        return given(name) || given(type) || given(country) || given(dateOfBirth) || given(partyId);
    }

    /** The same search the API takes, so the same checks apply (Bean Validation on {@link SearchRequest}). */
    SearchRequest request() {
        return new SearchRequest(orNull(name), orNull(type), orNull(country), orNull(dateOfBirth), null, null,
                orNull(partyId), null, null);
    }

    public String[] types() {
        return TYPES;
    }

    static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    static String orNull(String value) {
        return given(value) ? value.trim() : null;
    }
}
