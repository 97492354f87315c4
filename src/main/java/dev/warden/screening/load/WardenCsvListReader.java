package dev.warden.screening.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.warden.screening.list.WatchList;
import dev.warden.screening.list.WatchListEntry.IdentifierKind;
import dev.warden.screening.list.WatchListEntry.SubjectType;

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
            String kind = cells[2].strip().toUpperCase(Locale.ROOT);
            String value = cells[3].strip();
            String chain = cells.length > 4 && !cells[4].isBlank() ? cells[4].strip().toUpperCase(Locale.ROOT) : null;
            switch (kind) {
                case "NAME" -> entry.name(value, true, false);
                case "ALIAS" -> entry.name(value, false, false);
                case "WEAK_ALIAS" -> entry.name(value, false, true);
                case "PROGRAM" -> entry.program(value);
                case "COUNTRY" -> entry.country(value);
                case "DOB" -> entry.birthDate(value);
                case "WALLET" -> entry.wallet(chain, value);
                case "BIC" -> entry.identifier(IdentifierKind.BIC, value, "SWIFT/BIC");
                case "IBAN" -> entry.identifier(IdentifierKind.IBAN, value, "IBAN");
                case "IMO" -> entry.identifier(IdentifierKind.IMO, value, "IMO");
                case "ID" -> entry.identifier(IdentifierKind.OTHER, value, "ID");
                default -> throw new IOException(location + ":" + lineNo + ": unknown kind '" + cells[2] + "'");
            }
        }
        if (version == null) throw new IOException(location + ": no '# version:' line");
        return new WatchList(listName, version, location, entries.values().stream().map(EntryBuilder::build).toList());
    }
}
