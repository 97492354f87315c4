package dev.warden.screening.load;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A small RFC 4180 CSV reader for the OFAC files: quoted fields with commas, doubled quotes and line breaks,
 * CRLF or LF line ends, and the DOS end-of-file byte (0x1A) that the consolidated files end with. OFAC writes
 * "-0- " for an empty field; {@link #value} maps it to null.
 */
public final class CsvRows {
    private static final int EOF_MARK = 0x1A;

    private CsvRows() {
    }

    public static void forEach(Reader input, Consumer<List<String>> row) throws IOException {
        Reader in = input.markSupported() ? input : new java.io.BufferedReader(input, 1 << 16);
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int c;
        while ((c = in.read()) != -1) {
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) in.reset();
                    }
                } else {
                    field.append((char) c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    fieldStarted = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = true;
                }
                case '\r', EOF_MARK -> {
                    // CR of CRLF and the trailing Ctrl-Z carry no data.
                }
                case '\n' -> {
                    emit(fields, field, fieldStarted, row);
                    fields = new ArrayList<>();
                    fieldStarted = false;
                }
                default -> {
                    field.append((char) c);
                    fieldStarted = true;
                }
            }
        }
        emit(fields, field, fieldStarted, row);
    }

    private static void emit(List<String> fields, StringBuilder field, boolean started, Consumer<List<String>> row) {
        if (!started && fields.isEmpty()) return;
        fields.add(field.toString());
        field.setLength(0);
        row.accept(fields);
    }

    /** The cell at index, stripped, or null for OFAC's "-0-" placeholder, an empty cell or a short row. */
    public static String value(List<String> row, int index) {
        if (index >= row.size()) return null;
        String v = row.get(index).strip();
        return v.isEmpty() || v.equals("-0-") ? null : v;
    }
}
