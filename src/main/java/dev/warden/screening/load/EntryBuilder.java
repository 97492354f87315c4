package dev.warden.screening.load;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.warden.screening.list.WalletAddresses;
import dev.warden.screening.list.WatchListEntry.Identifier;
import dev.warden.screening.list.WatchListEntry.IdentifierKind;
import dev.warden.screening.list.WatchListEntry.ListedName;
import dev.warden.screening.list.WatchListEntry.SubjectType;
import dev.warden.screening.list.WatchListEntry.Wallet;
import dev.warden.screening.list.WatchListEntry;

/**
 * Collects what a reader finds about one designation, in whatever order the format gives it, and drops repeats
 * (lists often repeat a name as primary and alias, or a wallet under two currency labels).
 */
public final class EntryBuilder {
    private static final java.util.regex.Pattern IMO_NUMBER = java.util.regex.Pattern.compile("(?i)IMO\\s*(\\d{7})");

    private final String id;
    private SubjectType type;
    private final List<ListedName> names = new ArrayList<>();
    private final Set<String> nameKeys = new java.util.HashSet<>();
    private final Set<String> programs = new LinkedHashSet<>();
    private final Set<String> countries = new LinkedHashSet<>();
    private final Set<String> birthDates = new LinkedHashSet<>();
    private final Set<Identifier> identifiers = new LinkedHashSet<>();
    private final List<Wallet> wallets = new ArrayList<>();
    private final Set<String> walletKeys = new java.util.HashSet<>();

    public EntryBuilder(String id, SubjectType type) {
        this.id = id;
        this.type = type == null ? SubjectType.UNKNOWN : type;
    }

    public String id() {
        return id;
    }

    public EntryBuilder type(SubjectType value) {
        if (value != null && value != SubjectType.UNKNOWN) type = value;
        return this;
    }

    /** Adds a name; a repeat keeps its strongest form (primary beats alias, strong beats weak). */
    public EntryBuilder name(String value, boolean primary, boolean weak) {
        if (value == null) return this;
        String name = value.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) return this;
        String key = name.toUpperCase(Locale.ROOT);
        if (!nameKeys.add(key)) {
            for (int i = 0; i < names.size(); i++) {
                ListedName existing = names.get(i);
                if (existing.name().toUpperCase(Locale.ROOT).equals(key)) {
                    names.set(i, new ListedName(existing.name(), existing.primary() || primary, existing.weak() && weak));
                }
            }
            return this;
        }
        // Only one primary name per entry: later "primary" names from other scripts become strong aliases.
        boolean asPrimary = primary && names.stream().noneMatch(ListedName::primary);
        names.add(new ListedName(name, asPrimary, weak && !asPrimary));
        return this;
    }

    public EntryBuilder program(String value) {
        if (value != null && !value.isBlank()) programs.add(value.strip());
        return this;
    }

    /** An ISO 3166-1 alpha-2 code; anything else (a name the reader could not map) is ignored. */
    public EntryBuilder country(String iso2) {
        if (iso2 != null && iso2.strip().length() == 2) countries.add(iso2.strip().toUpperCase(Locale.ROOT));
        return this;
    }

    /** A date of birth as ISO text: yyyy-MM-dd, yyyy-MM or yyyy. */
    public EntryBuilder birthDate(String value) {
        if (value != null && !value.isBlank()) birthDates.add(value.strip());
        return this;
    }

    public EntryBuilder identifier(IdentifierKind kind, String value, String label) {
        if (value == null || value.isBlank()) return this;
        java.util.regex.Matcher imo = IMO_NUMBER.matcher(value.strip());
        if (imo.matches()) {
            // Vessel registrations are often written "IMO 9187629": that is an IMO number, whatever the label.
            identifiers.add(new Identifier(IdentifierKind.IMO, imo.group(1), label == null ? "IMO" : label.strip()));
            return this;
        }
        identifiers.add(new Identifier(kind, value.strip(), label == null ? kind.name() : label.strip()));
        return this;
    }

    /** A wallet; the chain comes from the currency label, or from the address where the label is a token. */
    public EntryBuilder wallet(String currencyLabel, String address) {
        if (address == null || address.isBlank()) return this;
        String trimmed = address.strip();
        String chain = WalletAddresses.chainFor(currencyLabel, trimmed);
        if (walletKeys.add(chain + ":" + WalletAddresses.normalise(trimmed))) {
            wallets.add(new Wallet(chain, trimmed, currencyLabel == null ? null : currencyLabel.strip()));
        }
        return this;
    }

    public boolean hasNames() {
        return !names.isEmpty();
    }

    public WatchListEntry build() {
        return new WatchListEntry(id, type, List.copyOf(names), List.copyOf(programs), List.copyOf(countries),
                List.copyOf(birthDates), List.copyOf(identifiers), List.copyOf(wallets));
    }
}
