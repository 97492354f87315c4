package dev.warden.screening.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.warden.screening.list.WatchListEntry.SubjectType;
import dev.warden.screening.list.WatchListEntry;

/**
 * The OFAC CSV set, for the SDN list (sdn.csv, alt.csv, add.csv, sdn_comments.csv) and the consolidated non-SDN
 * list (cons_prim.csv, cons_alt.csv, cons_add.csv, cons_comments.csv), which share one layout. Remarks longer
 * than the primary file's field continue, without a separator, in the comments file; they are joined before
 * they are parsed. The files carry no date: the version is the file's date.
 */
public final class OfacCsvReader {
    private final Map<String, EntryBuilder> entries = new LinkedHashMap<>();
    private final Map<String, StringBuilder> remarks = new LinkedHashMap<>();
    /** Entries that have a row in the main file; empty when only the other files were read. */
    private final java.util.Set<String> listed = new java.util.HashSet<>();

    /** Reads the set: the main file from the stream given, the others as its siblings. */
    public List<WatchListEntry> readFrom(ListSource source, InputStream main) throws IOException {
        String name = source.fileName();
        boolean consolidated = name.toLowerCase(Locale.ROOT).startsWith("cons_");
        boolean upper = name.equals(name.toUpperCase(Locale.ROOT));
        try {
            primary(reader(main));
        } catch (java.io.UncheckedIOException e) {
            throw new IOException(source.location() + ": " + e.getCause().getMessage(), e.getCause());
        }
        readSibling(source, consolidated ? "cons_alt.csv" : "alt.csv", upper, this::aliases);
        readSibling(source, consolidated ? "cons_add.csv" : "add.csv", upper, this::addresses);
        readSibling(source, consolidated ? "cons_comments.csv" : "sdn_comments.csv", upper, this::comments);
        return build();
    }

    private interface Part {
        void read(Reader in) throws IOException;
    }

    private static void readSibling(ListSource source, String name, boolean upper, Part part) throws IOException {
        Optional<InputStream> in = source.sibling(upper ? name.toUpperCase(Locale.ROOT) : name);
        if (in.isEmpty()) return;
        try (Reader reader = reader(in.get())) {
            part.read(reader);
        }
    }

    static Reader reader(InputStream in) {
        // OFAC publishes these files in Windows-1252 historically and UTF-8 now; UTF-8 reads both for ASCII names.
        return new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** sdn.csv: ent_num, name, type, programs, title, call sign, vessel type, tonnage, GRT, flag, owner, remarks. */
    public void primary(Reader in) throws IOException {
        CsvRows.forEach(in, row -> {
            String id = CsvRows.value(row, 0);
            if (id == null) return;
            if (row.size() < 12) {
                // alt.csv, add.csv and the comments file look alike at first sight; only the main file has 12 columns.
                throw new java.io.UncheckedIOException(new IOException("not an OFAC main file (sdn.csv or cons_prim.csv): "
                        + row.size() + " columns instead of 12; point the location at the main file or its folder"));
            }
            listed.add(id);
            EntryBuilder entry = entry(id).type(typeOf(CsvRows.value(row, 2)));
            entry.name(CsvRows.value(row, 1), true, false);
            String programs = CsvRows.value(row, 3);
            if (programs != null) {
                for (String p : programs.replace("[", "").split("\\]")) entry.program(p);
            }
            String remark = CsvRows.value(row, 11);
            if (remark != null) remarks.computeIfAbsent(id, k -> new StringBuilder()).append(remark);
        });
    }

    /** alt.csv: ent_num, alt_num, alt_type (aka, fka, nka), alt_name, alt_remarks. */
    public void aliases(Reader in) throws IOException {
        CsvRows.forEach(in, row -> {
            String id = CsvRows.value(row, 0);
            if (id != null) entry(id).name(CsvRows.value(row, 3), false, false);
        });
    }

    /** add.csv: ent_num, add_num, address, city/state/postal code, country, add_remarks. */
    public void addresses(Reader in) throws IOException {
        CsvRows.forEach(in, row -> {
            String id = CsvRows.value(row, 0);
            if (id != null) entry(id).country(Countries.iso2(CsvRows.value(row, 4)));
        });
    }

    /** sdn_comments.csv: ent_num, the rest of the remarks that did not fit into sdn.csv. */
    public void comments(Reader in) throws IOException {
        CsvRows.forEach(in, row -> {
            String id = CsvRows.value(row, 0);
            String more = row.size() > 1 ? row.get(1) : null;
            if (id != null && more != null) remarks.computeIfAbsent(id, k -> new StringBuilder()).append(more);
        });
    }

    /**
     * The entries of the main file (aliases, addresses or comments of entries it does not hold are dropped); when
     * only the other files were read (a partial set), every entry that has a name.
     */
    public List<WatchListEntry> build() {
        remarks.forEach((id, text) -> OfacRemarks.apply(text.toString(), entry(id)));
        List<WatchListEntry> built = new ArrayList<>(entries.size());
        for (EntryBuilder entry : entries.values()) {
            if (entry.hasNames() && (listed.isEmpty() || listed.contains(entry.id()))) built.add(entry.build());
        }
        return built;
    }

    private EntryBuilder entry(String id) {
        return entries.computeIfAbsent(id, k -> new EntryBuilder(k, SubjectType.ENTITY));
    }

    private static SubjectType typeOf(String sdnType) {
        if (sdnType == null) return SubjectType.ENTITY;
        return switch (sdnType.toLowerCase(Locale.ROOT)) {
            case "individual" -> SubjectType.INDIVIDUAL;
            case "vessel" -> SubjectType.VESSEL;
            case "aircraft" -> SubjectType.AIRCRAFT;
            default -> SubjectType.ENTITY;
        };
    }
}
