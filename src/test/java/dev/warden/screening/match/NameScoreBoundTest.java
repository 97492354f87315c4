package dev.warden.screening.match;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.warden.screening.SharedData;
import dev.warden.screening.load.CsvRows;

/**
 * {@link NameScorer#mayReach} lets the index skip scoring a candidate; it must never skip one whose score
 * reaches the cutoff. Every tenth name of nomenklatura's cases.csv (people, companies, vessels, several scripts)
 * is scored against every name there, with word weights taken from those same names.
 */
class NameScoreBoundTest {

    @Test
    void theBoundNeverRejectsANameThatReachesTheCutoffAndRejectsMostThatDoNot() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (Reader in = Files.newBufferedReader(SharedData.require("matching/nomenklatura/cases.csv"))) {
            CsvRows.forEach(in, row -> {
                if (row.size() > 3 && !row.get(0).equals("case_group")) {
                    names.add(row.get(2));
                    names.add(row.get(3));
                }
            });
        }
        List<NameTokens> listed = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        for (String name : names) {
            NameTokens tokens = NameNormaliser.listed(name, true);
            if (tokens.tokens().length == 0) continue;
            listed.add(tokens);
            queries.add(name);
        }
        NameScorer scorer = new NameScorer(new NameIndex(listed));
        long below = 0, rejected = 0, reaching = 0;
        for (int k = 0; k < queries.size(); k += 10) {
            String query = queries.get(k);
            String[] q = NameNormaliser.tokens(query);
            boolean syllabic = NameNormaliser.syllabic(query);
            for (NameTokens name : listed) {
                double score = scorer.score(q, syllabic, name);
                for (double cutoff : new double[] {0.6, 0.76, 0.86}) {
                    boolean may = scorer.mayReach(q, syllabic, name, cutoff);
                    if (score >= cutoff) {
                        reaching++;
                        assertTrue(may, () -> "%s against %s scores %.4f, the bound says below %.2f".formatted(query,
                                String.join(" ", name.tokens()), score, cutoff));
                    } else if (cutoff == 0.76) {
                        below++;
                        if (!may) rejected++;
                    }
                }
            }
        }
        System.out.printf("bound: %d pairs reached a cutoff; %d of %d below 0.76 rejected%n", reaching, rejected, below);
        assertTrue(reaching > 1000, "pairs reaching a cutoff: " + reaching);
        assertTrue(rejected > 0.9 * below, "rejected " + rejected + " of " + below + " pairs below 0.76");
    }
}
