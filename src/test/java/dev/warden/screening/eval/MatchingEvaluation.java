package dev.warden.screening.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import dev.warden.facts.MatchKind;
import dev.warden.screening.ScreeningIndex;
import dev.warden.screening.ScreeningQuery;
import dev.warden.screening.list.WatchList;
import dev.warden.screening.list.WatchListEntry.SubjectType;
import dev.warden.screening.load.CsvRows;
import dev.warden.screening.load.ListLoader;
import dev.warden.screening.match.NameNormaliser;
import dev.warden.screening.match.NameScorer;

/**
 * Scores a matcher on the public benchmarks in ../shared/data/matching: name-pair precision/recall/F1
 * (nomenklatura cases.csv) beside the stored logic-v2 reference, recall of the treated UN positives, the share of
 * made-up people that hit the full OFAC SDN + UN lists, agreement with OFAC's own search scores, and the
 * cross-script pairs. Every measure can be taken on one half of its rows ({@link Split}), so settings tuned on
 * one half are reported on the other. Run by {@code MatchingEvaluationTest}, and with the baseline beside it by
 * the bench's {@code NameMatchingComparison}.
 */
public final class MatchingEvaluation {
    public static final String SDN = "sanctions/ofac/sls-2025-11-19/sdn_advanced.xml.bz2";
    public static final String UN = "sanctions/un/UN_consolidated.xml";
    public static final String POSITIVES = "matching/yente/positives_un_treated.csv";
    public static final String POSITIVES_UNTREATED = "matching/yente/positives_un_untreated.csv";
    public static final String NEGATIVES = "matching/yente/negatives_global.csv";

    private final Path data;
    private final double threshold;

    public MatchingEvaluation(Path data, double threshold) {
        this.data = data;
        this.threshold = threshold;
    }

    /** A name pair's score: the query as a customer gives it, the listed name as the list writes it. */
    @FunctionalInterface
    public interface PairScorer {
        double score(String query, String listed, boolean individual);
    }

    /** The shipped scorer on name pairs, with the token weights of the lists this index was built from. */
    public static PairScorer pairs(ScreeningIndex index) {
        NameScorer scorer = new NameScorer(index.nameIndex());
        return (query, listed, individual) -> scorer.score(NameNormaliser.tokens(query), NameNormaliser.syllabic(query),
                NameNormaliser.listed(listed, individual));
    }

    /**
     * Halves of each set by a CRC-32 of the row's names: even rows tune, odd rows are held out. A hash, not the
     * file order, so neither half is one case group or one end of the list.
     */
    public enum Split {
        TUNING, HELD_OUT, ALL;

        public boolean contains(String key) {
            if (this == ALL) return true;
            CRC32 crc = new CRC32();
            crc.update(key.getBytes(StandardCharsets.UTF_8));
            return (crc.getValue() % 2 == 0) == (this == TUNING);
        }
    }

    public record PairScores(int tp, int fp, int fn, int tn) {
        public double precision() { return tp / (double) (tp + fp); }
        public double recall() { return tp / (double) (tp + fn); }
        public double f1() { return 2 * precision() * recall() / (precision() + recall()); }
    }

    /** The rows of cases.csv in one split. */
    public List<Map<String, String>> caseRows(Split split) throws IOException {
        return NameBench.rows(data.resolve("matching/nomenklatura/cases.csv")).stream()
                .filter(row -> split.contains(row.get("name1") + "|" + row.get("name2"))).toList();
    }

    /** Name1 is the query, name2 the listed name; a pair matches when its score reaches the threshold. */
    public PairScores cases(PairScorer scorer, Split split) throws IOException {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (Map<String, String> row : caseRows(split)) {
            boolean truth = row.get("is_match").equalsIgnoreCase("true");
            boolean predicted = scorer.score(row.get("name1"), row.get("name2"), "Person".equals(row.get("schema")))
                    >= threshold;
            if (predicted && truth) tp++;
            else if (predicted) fp++;
            else if (truth) fn++;
            else tn++;
        }
        return new PairScores(tp, fp, fn, tn);
    }

    /** The stored logic-v2 run: its own outcome column, so the reference is exactly what was published. */
    public PairScores logicV2Reference() throws IOException {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (Map<String, String> row : NameBench.rows(data.resolve("matching/nomenklatura/logicv2-frozen.csv"))) {
            switch (row.get("outcome")) {
                case "TP" -> tp++;
                case "FP" -> fp++;
                case "FN" -> fn++;
                default -> tn++;
            }
        }
        return new PairScores(tp, fp, fn, tn);
    }

    /** Share of people (name, year of birth, nationality) that get any name hit at or above the threshold. */
    public double hitRate(ScreeningIndex index, String csv, Split split) throws IOException {
        return recall(index, csv, null, split);
    }

    /**
     * Share of the treated (typo'd, reshuffled) people whose hits include the entry listing the untreated name
     * on the same row: the right entry, not just any hit. Rows split by the untreated name. With
     * {@code -Dwarden.eval.verbose=true} each missed positive and each negative that hits is printed.
     */
    public double recall(ScreeningIndex index, String csv, String untreatedCsv, Split split) throws IOException {
        List<Map<String, String>> rows = NameBench.rows(data.resolve(csv));
        List<Map<String, String>> originals = untreatedCsv == null ? null : NameBench.rows(data.resolve(untreatedCsv));
        int hit = 0, total = 0;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String key = (originals == null ? row : originals.get(i)).get("full_name");
            if (!split.contains(key)) continue;
            total++;
            ScreeningQuery query = new ScreeningQuery(row.get("full_name"), SubjectType.INDIVIDUAL,
                    blankToNull(row.get("nationality")), blankToNull(row.get("date_of_birth")), List.of(), null, null);
            String original = originals == null ? null : NameNormaliser.key(key);
            if (index.search(query, threshold, 20).stream().anyMatch(m -> m.kind() == MatchKind.NAME && (original == null
                    || m.entry().names().stream().anyMatch(n -> NameNormaliser.key(n.name()).equals(original))))) {
                hit++;
                if (original == null && Boolean.getBoolean("warden.eval.verbose")) System.out.println("hit: " + row.get("full_name"));
            } else if (original != null && Boolean.getBoolean("warden.eval.verbose")) {
                System.out.println("missed: " + row.get("full_name") + " / " + key);
            }
        }
        return hit / (double) total;
    }

    public record OfacAgreement(int pairs, double foundWhereOfacExact, double spearman) {
    }

    /** How the name scores line up with OFAC's Sanctions List Search scores for the same pairs. */
    public OfacAgreement ofacFixtures(PairScorer scorer) throws IOException {
        List<Map<String, String>> rows = NameBench.rows(data.resolve("matching/nomenklatura/ofac_fixtures.csv"));
        double[] ours = new double[rows.size()];
        double[] theirs = new double[rows.size()];
        int exact = 0, found = 0;
        for (int i = 0; i < rows.size(); i++) {
            ours[i] = scorer.score(rows.get(i).get("query_name"), rows.get(i).get("result_name"), true);
            theirs[i] = Double.parseDouble(rows.get(i).get("ofac_score"));
            if (theirs[i] >= 100) {
                exact++;
                if (ours[i] >= threshold) found++;
            }
        }
        return new OfacAgreement(rows.size(), found / (double) exact, spearman(ours, theirs));
    }

    /** Share of the cross-script pairs (Arabic, Cyrillic, CJK, Greek ... against Latin) that reach the threshold. */
    public double crossScript(PairScorer scorer, Split split) throws IOException {
        // No header row: '#' comment lines, then Query,Expected Match,Min Score,Description.
        List<List<String>> rows = new ArrayList<>();
        try (var in = java.nio.file.Files.newBufferedReader(data.resolve("matching/watchman/cross_script_pairs.csv"))) {
            CsvRows.forEach(in, row -> {
                if (row.size() >= 2 && !row.get(0).startsWith("#") && !row.get(0).isBlank()
                        && split.contains(row.get(0) + "|" + row.get(1))) {
                    rows.add(row);
                }
            });
        }
        long matched = rows.stream().filter(r -> scorer.score(r.get(0), r.get(1), true) >= threshold).count();
        return matched / (double) rows.size();
    }

    public ScreeningIndex index(String... locations) throws IOException {
        return new ScreeningIndex(load(locations), threshold);
    }

    /** Lists by name and path under the data folder, in pairs: "UN", "sanctions/un/UN_consolidated.xml", ... */
    public List<WatchList> load(String... locations) throws IOException {
        List<WatchList> lists = new ArrayList<>();
        ListLoader loader = new ListLoader();
        for (int i = 0; i < locations.length; i += 2) lists.add(loader.load(locations[i], "file:" + data.resolve(locations[i + 1])));
        return lists;
    }

    /** Every measure of one matcher, on one split. */
    public record Measures(PairScores cases, double recallUn, double recallFull, double negatives, double crossScript,
            OfacAgreement ofac) {
    }

    public Measures measure(ScreeningIndex un, ScreeningIndex full, PairScorer pairs, Split split) throws IOException {
        return new Measures(cases(pairs, split), recall(un, POSITIVES, POSITIVES_UNTREATED, split),
                recall(full, POSITIVES, POSITIVES_UNTREATED, split), hitRate(full, NEGATIVES, split),
                crossScript(pairs, split), ofacFixtures(pairs));
    }

    /** The shipped matcher on every set, as the table docs/evaluation.md shows. */
    public String table() throws IOException {
        ScreeningIndex un = index("UN", UN);
        ScreeningIndex full = index("OFAC_SDN", SDN, "UN", UN);
        Measures m = measure(un, full, pairs(full), Split.ALL);
        PairScores reference = logicV2Reference();
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("cases.csv precision", "%.3f | %.3f".formatted(m.cases().precision(), reference.precision()));
        rows.put("cases.csv recall", "%.3f | %.3f".formatted(m.cases().recall(), reference.recall()));
        rows.put("cases.csv F1", "%.3f | %.3f".formatted(m.cases().f1(), reference.f1()));
        rows.put("UN treated positives found as their own entry, recall against UN", "%.3f | ".formatted(m.recallUn()));
        rows.put("same, searched among OFAC SDN + UN together", "%.3f | ".formatted(m.recallFull()));
        rows.put("global negatives hitting SDN+UN", "%.1f%% | ".formatted(m.negatives() * 100));
        rows.put("OFAC fixtures: OFAC 100 pairs we match", "%.3f | ".formatted(m.ofac().foundWhereOfacExact()));
        rows.put("OFAC fixtures: Spearman rank correlation", "%.3f | ".formatted(m.ofac().spearman()));
        rows.put("watchman cross-script pairs matched", "%.3f | ".formatted(m.crossScript()));
        StringBuilder out = new StringBuilder();
        out.append("Matcher evaluation at threshold %.2f (../shared/data/matching)%n%n".formatted(threshold));
        out.append("| measure | Warden | logic-v2 reference |\n|---|---|---|\n");
        rows.forEach((k, v) -> out.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        return out.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static double spearman(double[] a, double[] b) {
        double[] ra = ranks(a), rb = ranks(b);
        double ma = Arrays.stream(ra).average().orElse(0), mb = Arrays.stream(rb).average().orElse(0);
        double cov = 0, va = 0, vb = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (ra[i] - ma) * (rb[i] - mb);
            va += (ra[i] - ma) * (ra[i] - ma);
            vb += (rb[i] - mb) * (rb[i] - mb);
        }
        return cov / Math.sqrt(va * vb);
    }

    private static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
        double[] ranks = new double[values.length];
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) j++;
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) ranks[order[k]] = rank;
            i = j + 1;
        }
        return ranks;
    }
}
