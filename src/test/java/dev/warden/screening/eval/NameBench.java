package dev.warden.screening.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.warden.screening.load.CsvRows;

/** Reads the CSV benchmark files of ../shared/data/matching into rows keyed by their header. */
final class NameBench {
    private NameBench() {
    }

    static List<Map<String, String>> rows(Path csv) throws IOException {
        List<List<String>> raw = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CsvRows.forEach(in, raw::add);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = raw.get(0);
        for (List<String> cells : raw.subList(1, raw.size())) {
            if (!cells.isEmpty() && cells.get(0).startsWith("#")) continue;
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size() && i < cells.size(); i++) row.put(header.get(i), cells.get(i));
            rows.add(row);
        }
        return rows;
    }
}
