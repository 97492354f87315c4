package dev.warden.screening.list;

import java.util.List;

/**
 * One designation on a list: the names it is known by (primary, strong aliases, weak aliases), what kind of
 * subject it is, its programs and countries, and the identifiers and wallets that are matched exactly.
 */
public record WatchListEntry(String entryId, SubjectType type, List<ListedName> names, List<String> programs,
        List<String> countries, List<String> birthDates, List<Identifier> identifiers, List<Wallet> wallets) {

    public enum SubjectType { INDIVIDUAL, ENTITY, VESSEL, AIRCRAFT, UNKNOWN }

    /** A name on the list; weak aliases are the ones the list itself calls low quality. */
    public record ListedName(String name, boolean primary, boolean weak) {
    }

    /** An identifier such as a BIC, IBAN, IMO or registration number, with its kind as the list gives it. */
    public record Identifier(IdentifierKind kind, String value, String label) {
    }

    public enum IdentifierKind { BIC, IBAN, IMO, REGISTRATION, TAX, PASSPORT, NATIONAL_ID, OTHER }

    /** A digital-currency address, with the chain it lives on (derived from the address where ambiguous). */
    public record Wallet(String chain, String address, String currencyLabel) {
    }

    public String primaryName() {
        return names.stream().filter(ListedName::primary).map(ListedName::name).findFirst()
                .orElse(names.isEmpty() ? entryId : names.get(0).name());
    }
}
