package dev.warden.screening.load;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as Warden's lists write it, read with Apache Commons CSV (RFC 4180: quoted fields with commas, doubled quotes
 * and line breaks; CRLF or LF). Two habits of OFAC's files are handled here: the consolidated files end with the
 * DOS end-of-file byte (0x1A), and OFAC writes "-0- " for an empty field ({@link #value} maps it to null).
 */
public final class CsvRows {
    private static final String EOF_MARK = "\u001A";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvRows() {
    }

    public static void forEach(Reader input, Consumer<List<String>> row) throws IOException {
        try (CSVParser parser = FORMAT.parse(input)) {
            for (CSVRecord record : parser) {
                if (record.size() == 1 && record.get(0).strip().replace(EOF_MARK, "").isEmpty()) continue;
                row.accept(record.toList());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The cells of one line of CSV, each stripped (the line-oriented formats keep comment lines between rows). */
    public static List<String> cells(String line) {
        try (CSVParser parser = FORMAT.parse(new StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of("") : records.get(0).stream().map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell at index, stripped, or null for OFAC's "-0-" placeholder, an empty cell or a short row. */
    public static String value(List<String> row, int index) {
        if (index >= row.size()) return null;
        String v = row.get(index).strip();
        return v.isEmpty() || v.equals("-0-") ? null : v;
    }
}
