package dev.warden.screening.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.warden.screening.list.WatchList;
import dev.warden.screening.list.WatchListEntry.SubjectType;

/**
 * The UK Sanctions List (FCDO) as an OpenDocument spreadsheet: a zip whose content.xml is read with StAX.
 * Columns are found by their header ("Unique ID", "Name", "Regime Name", "Type", "Date Designated", and where
 * present "Name type" and "Alias strength"), so rows of the same designation merge. The trimmed 8-column layout
 * has only the primary name. The version is the latest "Date Designated" in the sheet (the file has no
 * publication date of its own).
 */
public final class UkOdsReader {
    private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    /** Rows and cells a spreadsheet repeats to pad the sheet; more than this is padding, not data. */
    private static final int MAX_REPEAT = 64;

    /** Reads the sheet from the document's content.xml (the loader takes it out of the zip). */
    public WatchList read(String listName, String location, InputStream content) throws IOException {
        Map<String, Integer> columns = null;
        Map<String, EntryBuilder> entries = new LinkedHashMap<>();
        String latest = null;
        try {
            XMLStreamReader xml = XmlStreams.open(content);
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("table-row")) continue;
                List<String> row = row(xml);
                if (row.stream().allMatch(String::isBlank)) continue;
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < row.size(); i++) columns.put(row.get(i).strip().toLowerCase(Locale.ROOT), i);
                    if (!columns.containsKey("unique id") || !columns.containsKey("name")) {
                        throw new IOException(location + ": no 'Unique ID' and 'Name' header in the first row");
                    }
                    continue;
                }
                String id = cell(row, columns, "unique id");
                if (id == null) continue;
                SubjectType type = typeOf(cell(row, columns, "type"));
                EntryBuilder entry = entries.computeIfAbsent(id, k -> new EntryBuilder(k, type));
                String nameType = cell(row, columns, "name type");
                boolean primary = nameType == null || nameType.toLowerCase(Locale.ROOT).startsWith("primary name");
                String strength = cell(row, columns, "alias strength");
                entry.name(cell(row, columns, "name"), primary, strength != null && strength.toLowerCase(Locale.ROOT).contains("low"));
                entry.program(cell(row, columns, "regime name"));
                String designated = ListDates.iso(cell(row, columns, "date designated"));
                if (designated != null && (latest == null || designated.compareTo(latest) > 0)) latest = designated;
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(location + ": not readable as an OpenDocument spreadsheet: " + e.getMessage(), e);
        }
        if (columns == null) throw new IOException(location + ": the spreadsheet is empty");
        return new WatchList(listName, latest, location, entries.values().stream()
                .filter(EntryBuilder::hasNames).map(EntryBuilder::build).toList());
    }

    private static List<String> row(XMLStreamReader xml) throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        while (!XmlStreams.endOf(xml, "table-row")) {
            if (!xml.isStartElement() || !xml.getLocalName().equals("table-cell")) continue;
            String repeated = xml.getAttributeValue(TABLE_NS, "number-columns-repeated");
            int times = repeated == null ? 1 : Math.min(Integer.parseInt(repeated), MAX_REPEAT);
            String text = cellText(xml);
            for (int i = 0; i < times; i++) cells.add(text);
        }
        return cells;
    }

    /** The text of a cell: its paragraphs joined by spaces, with text:s runs of spaces kept as one space. */
    private static String cellText(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if ((xml.getLocalName().equals("p") || xml.getLocalName().equals("s")) && text.length() > 0) text.append(' ');
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            }
        }
        return text.toString();
    }

    private static String cell(List<String> row, Map<String, Integer> columns, String header) {
        Integer index = columns.get(header);
        if (index == null || index >= row.size()) return null;
        String value = row.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static SubjectType typeOf(String type) {
        if (type == null) return SubjectType.UNKNOWN;
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "individual" -> SubjectType.INDIVIDUAL;
            case "entity" -> SubjectType.ENTITY;
            case "ship", "vessel" -> SubjectType.VESSEL;
            default -> SubjectType.UNKNOWN;
        };
    }
}
