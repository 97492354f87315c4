package dev.warden.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.warden.screening.WatchListEntry.Identifier;
import dev.warden.screening.WatchListEntry.IdentifierKind;
import dev.warden.screening.WatchListEntry.ListedName;
import dev.warden.screening.WatchListEntry.SubjectType;
import dev.warden.screening.WatchListEntry.Wallet;

/**
 * Reads Warden's own list format ({@code # format: warden-watchlist-csv/1}): one row per fact of an entry
 * (entry_id, entity_type, kind, value, chain), for the small hand-written lists shipped with the service and for
 * in-house lists a compliance team keeps.
 */
public final class WardenCsvListReader {
    public static final String FORMAT_MARKER = "# format: warden-watchlist-csv/1";

    public WatchList read(String listName, String location, Reader input) throws IOException {
        String version = null;
        Map<String, EntryBuilder> entries = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(input);
        String line;
        int lineNo = 0;
        boolean headerSeen = false;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) continue;
            if (trimmed.startsWith("#")) {
                String comment = trimmed.substring(1).strip();
                if (comment.toLowerCase(Locale.ROOT).startsWith("version:")) version = comment.substring(8).strip();
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                continue;
            }
            String[] cells = trimmed.split(",", -1);
            if (cells.length < 4) {
                throw new IOException(location + ":" + lineNo + ": expected entry_id,entity_type,kind,value,chain");
            }
            EntryBuilder entry = entries.computeIfAbsent(cells[0].strip(),
                    id -> new EntryBuilder(id, SubjectType.valueOf(cells[1].strip().toUpperCase(Locale.ROOT))));
            String value = cells[3].strip();
            String chain = cells.length > 4 && !cells[4].isBlank() ? cells[4].strip().toUpperCase(Locale.ROOT) : null;
            switch (cells[2].strip().toUpperCase(Locale.ROOT)) {
                case "NAME" -> entry.names.add(new ListedName(value, true, false));
                case "ALIAS" -> entry.names.add(new ListedName(value, false, false));
                case "WEAK_ALIAS" -> entry.names.add(new ListedName(value, false, true));
                case "PROGRAM" -> entry.programs.add(value);
                case "COUNTRY" -> entry.countries.add(value.toUpperCase(Locale.ROOT));
                case "DOB" -> entry.birthDates.add(value);
                case "WALLET" -> entry.wallets.add(new Wallet(chain != null ? chain : WalletAddresses.chainOf(value), value, chain));
                case "BIC" -> entry.identifiers.add(new Identifier(IdentifierKind.BIC, value, "SWIFT/BIC"));
                case "IBAN" -> entry.identifiers.add(new Identifier(IdentifierKind.IBAN, value, "IBAN"));
                case "ID" -> entry.identifiers.add(new Identifier(IdentifierKind.OTHER, value, "ID"));
                default -> throw new IOException(location + ":" + lineNo + ": unknown kind '" + cells[2] + "'");
            }
        }
        if (version == null) throw new IOException(location + ": no '# version:' line");
        return new WatchList(listName, version, location, entries.values().stream().map(EntryBuilder::build).toList());
    }

    private static final class EntryBuilder {
        final String id;
        final SubjectType type;
        final List<ListedName> names = new ArrayList<>();
        final List<String> programs = new ArrayList<>();
        final List<String> countries = new ArrayList<>();
        final List<String> birthDates = new ArrayList<>();
        final List<Identifier> identifiers = new ArrayList<>();
        final List<Wallet> wallets = new ArrayList<>();

        EntryBuilder(String id, SubjectType type) {
            this.id = id;
            this.type = type;
        }

        WatchListEntry build() {
            return new WatchListEntry(id, type, List.copyOf(names), List.copyOf(programs), List.copyOf(countries),
                    List.copyOf(birthDates), List.copyOf(identifiers), List.copyOf(wallets));
        }
    }
}
