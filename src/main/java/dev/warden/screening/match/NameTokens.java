package dev.warden.screening.match;

/**
 * A listed name as the matcher sees it: its normalised tokens in written order, and which of them are the surname
 * when the list says so ({@code surname} is null when it does not).
 */
public record NameTokens(String[] tokens, boolean[] surname) {

    public boolean knowsSurname() {
        return surname != null;
    }
}
