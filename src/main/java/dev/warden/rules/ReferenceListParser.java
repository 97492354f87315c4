package dev.warden.rules;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import dev.warden.facts.ReferenceLists;
import dev.warden.facts.ReferenceLists.ReferenceList;

/**
 * Reads {@code rules/lists/*.csv}: comment lines {@code # source: ...} and {@code # as-of: YYYY-MM-DD} first,
 * then a header row whose first column is the value, then one value per row. Extra columns are kept as
 * attributes. A list without its source or date, or with a duplicate value, is rejected with the line.
 */
public final class ReferenceListParser {
    private static final CSVFormat LINE = CSVFormat.RFC4180;


    public ReferenceLists parseAll(List<RuleFile> files, List<RuleDiagnostic> diagnostics) {
        Map<String, ReferenceList> lists = new HashMap<>();
        for (RuleFile file : files) {
            if (file.kind() != RuleFile.Kind.REFERENCE_LIST) continue;
            ReferenceList list = parse(file, diagnostics);
            if (list != null) lists.put(list.name(), list);
        }
        return new ReferenceLists(lists);
    }

    ReferenceList parse(RuleFile file, List<RuleDiagnostic> diagnostics) {
        String name = file.path().substring(file.path().lastIndexOf('/') + 1).replaceFirst("(?i)\\.csv$", "");
        String source = null;
        String asOf = null;
        List<String> header = null;
        Set<String> values = new HashSet<>();
        Map<String, Map<String, String>> attributes = new HashMap<>();
        int before = diagnostics.size();
        String[] lines = file.text().replace("\r", "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int lineNo = i + 1;
            if (line.isEmpty()) continue;
            if (line.startsWith("#")) {
                String comment = line.substring(1).strip();
                String lower = comment.toLowerCase(Locale.ROOT);
                if (lower.startsWith("source:")) source = comment.substring(7).strip();
                else if (lower.startsWith("as-of:")) asOf = comment.substring(6).strip();
                continue;
            }
            List<String> cells;
            try {
                cells = splitCsv(line);
            } catch (IOException | java.io.UncheckedIOException e) {
                diagnostics.add(new RuleDiagnostic(file.path(), lineNo, "not a CSV line: a quote is not closed"));
                continue;
            }
            if (header == null) {
                header = cells;
                continue;
            }
            String value = ReferenceLists.normalise(cells.get(0));
            if (value.isEmpty()) {
                diagnostics.add(new RuleDiagnostic(file.path(), lineNo, "empty value in first column"));
            } else if (!values.add(value)) {
                diagnostics.add(new RuleDiagnostic(file.path(), lineNo, "duplicate value '" + value + "'"));
            } else {
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 1; c < header.size() && c < cells.size(); c++) row.put(header.get(c), cells.get(c));
                attributes.put(value, row);
            }
        }
        if (source == null || source.isEmpty()) {
            diagnostics.add(new RuleDiagnostic(file.path(), 1, "reference list needs a '# source: ...' line"));
        }
        if (asOf == null || !asOf.matches("\\d{4}-\\d{2}-\\d{2}")) {
            diagnostics.add(new RuleDiagnostic(file.path(), 1, "reference list needs a '# as-of: YYYY-MM-DD' line"));
        }
        if (header == null) {
            diagnostics.add(new RuleDiagnostic(file.path(), 1, "reference list has no header row"));
        }
        return diagnostics.size() > before ? null
                : new ReferenceList(name, source, asOf, Set.copyOf(values), Map.copyOf(attributes));
    }

    /** One CSV line's cells, stripped; quoted cells may hold commas (names such as "Vostok Trade, LLC"). */
    static List<String> splitCsv(String line) throws IOException {
        try (CSVParser parser = LINE.parse(new StringReader(line))) {
            return parser.getRecords().get(0).stream().map(String::strip).toList();
        }
    }
}
