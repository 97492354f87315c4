package dev.warden.screening.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.warden.screening.ScreeningIndex;
import dev.warden.screening.eval.MatchingEvaluation.Measures;
import dev.warden.screening.eval.MatchingEvaluation.PairScorer;
import dev.warden.screening.eval.MatchingEvaluation.Split;
import dev.warden.screening.eval.MatchingEvaluation;
import dev.warden.screening.list.WatchList;
import dev.warden.screening.match.NameComparator;
import dev.warden.screening.match.NameIndex;
import dev.warden.screening.match.NameNormaliser;
import dev.warden.screening.match.NameScorer.Settings;
import dev.warden.screening.match.NameScorer;

/**
 * The baseline name scorer ({@link LegacyNameScorer}) and the shipped one, side by side on the same lists in one
 * run, on the tuning half, the held-out half and the whole of every shared set:
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.warden.screening.bench.NameMatchingComparison}.
 * Run with java on the bench classpath (docs/evaluation.md), it takes one argument instead: {@code tune} searches
 * the scorer's settings on the tuning half only and prints the best few (the grid is the last round of several),
 * so the held-out half stays unseen until the settings are fixed; {@code misses} prints the tuning half's
 * misclassified cases.csv pairs, missed UN positives, negatives that hit and the cross-script pairs; {@code probe}
 * NAME... prints the best hits of each name on the full lists and its words' weights.
 */
public final class NameMatchingComparison {

    public static void main(String[] args) throws Exception {
        MatchingEvaluation eval = new MatchingEvaluation(BenchData.root(), ScreeningIndex.DEFAULT_THRESHOLD);
        List<WatchList> unList = eval.load("UN", MatchingEvaluation.UN);
        List<WatchList> fullLists = eval.load("OFAC_SDN", MatchingEvaluation.SDN, "UN", MatchingEvaluation.UN);
        Swappable unScorer = new Swappable(), fullScorer = new Swappable();
        ScreeningIndex un = new ScreeningIndex(unList, ScreeningIndex.DEFAULT_THRESHOLD, unScorer::bind);
        ScreeningIndex full = new ScreeningIndex(fullLists, ScreeningIndex.DEFAULT_THRESHOLD, fullScorer::bind);
        if (args.length > 0 && args[0].equals("tune")) {
            tune(eval, un, full, unScorer, fullScorer);
            return;
        }
        if (args.length > 0 && args[0].equals("misses")) {
            misses(eval, pairsWith(fullScorer.index, Settings.DEFAULT), legacyPairs());
            System.setProperty("warden.eval.verbose", "true");
            fullScorer.use(Settings.DEFAULT);
            eval.recall(full, MatchingEvaluation.POSITIVES, MatchingEvaluation.POSITIVES_UNTREATED, Split.TUNING);
            eval.hitRate(full, MatchingEvaluation.NEGATIVES, Split.TUNING);
            PairScorer shipped = pairsWith(fullScorer.index, Settings.DEFAULT), baseline = legacyPairs();
            for (String pair : new String[] {"محمد علي|Mohamed Ali", "أحمد حسن|Ahmed Hassan", "عبد الله|Abdullah",
                    "خالد محمود|Khaled Mahmoud", "Владимир Путин|Vladimir Putin", "Иван Иванов|Ivan Ivanov",
                    "Александр Петров|Alexander Petrov", "Дмитрий Медведев|Dmitry Medvedev", "金正恩|Kim Jong Un",
                    "李明|Li Ming", "习近平|Xi Jinping", "王伟|Wang Wei", "김정은|Kim Jong Un", "山田太郎|Yamada Taro",
                    "Αλέξανδρος|Alexander", "Νικόλαος|Nikolaos", "משה|Moshe", "דוד|David", "สมชาย|Somchai"}) {
                String[] p = pair.split("\\|");
                System.out.printf(Locale.ROOT, "cross %s %s: %.3f (%.3f) %s%n", p[0], p[1], shipped.score(p[0], p[1], true),
                        baseline.score(p[0], p[1], true), String.join(" ", NameNormaliser.tokens(p[0])));
            }
            return;
        }
        if (args.length > 0 && args[0].equals("probe")) {
            fullScorer.use(Settings.DEFAULT);
            for (String name : List.of(args).subList(1, args.length)) {
                var query = new dev.warden.screening.ScreeningQuery(name, null, null, null, List.of(), null, null);
                full.search(query, 0.7, 3).forEach(m -> System.out.printf(Locale.ROOT, "%s -> %s %.3f%n", name, m.matched(), m.score()));
                for (String word : NameNormaliser.tokens(name)) {
                    int n = fullScorer.index.size(), df = fullScorer.index.frequency(word);
                    System.out.printf(Locale.ROOT, "  %s in %d of %d names, weight %.2f%n", word, df, n,
                            Math.pow(Math.log((1.0 + n) / (1.0 + df)) / Math.log(1.0 + n), Settings.DEFAULT.rarity()));
                }
            }
            return;
        }
        PairScorer legacyPairs = legacyPairs();
        StringBuilder out = new StringBuilder();
        out.append("| set | measure | split | baseline | shipped |\n|---|---|---|---|---|\n");
        for (Split split : Split.values()) {
            unScorer.useLegacy();
            fullScorer.useLegacy();
            Measures before = eval.measure(un, full, legacyPairs, split);
            unScorer.use(Settings.DEFAULT);
            fullScorer.use(Settings.DEFAULT);
            Measures after = eval.measure(un, full, pairsWith(fullScorer.index, Settings.DEFAULT), split);
            row(out, "nomenklatura/cases.csv", "precision", split, before.cases().precision(), after.cases().precision());
            row(out, "nomenklatura/cases.csv", "recall", split, before.cases().recall(), after.cases().recall());
            row(out, "nomenklatura/cases.csv", "F1", split, before.cases().f1(), after.cases().f1());
            row(out, "yente/positives_un_treated.csv", "recall, UN loaded", split, before.recallUn(), after.recallUn());
            row(out, "yente/positives_un_treated.csv", "recall, OFAC SDN + UN", split, before.recallFull(), after.recallFull());
            out.append("| yente/negatives_global.csv | hitting anything on OFAC SDN + UN | %s | %.1f%% | %.1f%% |%n"
                    .formatted(name(split), before.negatives() * 100, after.negatives() * 100));
            row(out, "watchman/cross_script_pairs.csv", "matched", split, before.crossScript(), after.crossScript());
            if (split == Split.ALL) {
                row(out, "nomenklatura/ofac_fixtures.csv", "OFAC-100 pairs matched", split,
                        before.ofac().foundWhereOfacExact(), after.ofac().foundWhereOfacExact());
                row(out, "nomenklatura/ofac_fixtures.csv", "Spearman with OFAC", split, before.ofac().spearman(), after.ofac().spearman());
            }
        }
        System.out.println("threshold " + ScreeningIndex.DEFAULT_THRESHOLD + ", shipped settings " + Settings.DEFAULT);
        System.out.print(out);
    }

    /**
     * A grid over the settings, scored on the tuning half: candidates that keep negatives at or under 0.2% and
     * UN recall at or over 98% are ranked by cases.csv F1.
     */
    private static void tune(MatchingEvaluation eval, ScreeningIndex un, ScreeningIndex full, Swappable unScorer,
            Swappable fullScorer) throws Exception {
        record Result(Settings settings, Measures m) {
        }
        List<Result> results = new ArrayList<>();
        Settings d = Settings.DEFAULT;
        for (double overEdited : new double[] {0.7, 0.75, 0.8}) {
            for (double unmatched : new double[] {0.2, 0.3}) {
                for (double initial : new double[] {0.8, 0.9}) {
                    Settings s = new Settings(unmatched, unmatched, d.replaced(), d.fuzzyScale(), d.tokenFloor(), initial,
                            d.nickname(), d.misaligned(), overEdited, d.rarity());
                    unScorer.use(s);
                    fullScorer.use(s);
                    Measures m = eval.measure(un, full, pairsWith(fullScorer.index, s), Split.TUNING);
                    results.add(new Result(s, m));
                    System.out.printf(Locale.ROOT, "%s F1 %.3f recall %.3f/%.3f negatives %.1f%% cross %.2f%n", s,
                            m.cases().f1(), m.recallUn(), m.recallFull(), m.negatives() * 100, m.crossScript());
                }
            }
        }
        System.out.println("best on the tuning half:");
        results.stream().filter(r -> r.m().negatives() <= 0.002 && r.m().recallUn() >= 0.98 && r.m().recallFull() >= 0.98)
                .sorted(Comparator.comparingDouble((Result r) -> r.m().cases().f1()).reversed()).limit(10)
                .forEach(r -> System.out.printf(Locale.ROOT, "%s F1 %.3f recall %.3f/%.3f negatives %.1f%%%n", r.settings(),
                        r.m().cases().f1(), r.m().recallUn(), r.m().recallFull(), r.m().negatives() * 100));
    }

    private static PairScorer legacyPairs() {
        return (q, l, individual) -> LegacyNameScorer.score(NameNormaliser.tokens(q), NameNormaliser.tokens(l));
    }

    /**
     * The tuning half's cases.csv pairs the shipped scorer gets wrong, with its score and the baseline's, to see
     * why; "lost" marks those the baseline got right.
     */
    private static void misses(MatchingEvaluation eval, PairScorer scorer, PairScorer baseline) throws Exception {
        double t = ScreeningIndex.DEFAULT_THRESHOLD;
        for (var row : eval.caseRows(Split.TUNING)) {
            boolean truth = row.get("is_match").equalsIgnoreCase("true");
            boolean person = "Person".equals(row.get("schema"));
            double score = scorer.score(row.get("name1"), row.get("name2"), person);
            double before = baseline.score(row.get("name1"), row.get("name2"), person);
            if (truth != score >= t || truth != before >= t) {
                System.out.printf(Locale.ROOT, "%s%s %.3f (%.3f) %s | %s | %s%n", truth ? "FN" : "FP",
                        truth == before >= t ? " lost" : truth != score >= t ? "" : " gained", score, before,
                        row.get("name1"), row.get("name2"), row.get("category"));
            }
        }
    }

    private static PairScorer pairsWith(NameIndex index, Settings settings) {
        NameScorer scorer = new NameScorer(index, settings);
        return (q, l, individual) -> scorer.score(NameNormaliser.tokens(q), NameNormaliser.syllabic(q), NameNormaliser.listed(l, individual));
    }

    private static void row(StringBuilder out, String set, String measure, Split split, double before, double after) {
        out.append("| %s | %s | %s | %.3f | %.3f |%n".formatted(set, measure, name(split), before, after));
    }

    private static String name(Split split) {
        return switch (split) {
            case TUNING -> "tuning half";
            case HELD_OUT -> "held-out half";
            case ALL -> "all";
        };
    }

    /** One index's scorer, switched between the baseline and settings of the shipped one without a rebuild. */
    private static final class Swappable implements NameComparator {
        private NameIndex index;
        private NameComparator current;

        NameComparator bind(NameIndex built) {
            index = built;
            useLegacy();
            return this;
        }

        void useLegacy() {
            NameIndex names = index;
            current = (query, syllabic, id) -> LegacyNameScorer.score(query, names.tokens(id));
        }

        void use(Settings settings) {
            current = new NameScorer(index, settings);
        }

        @Override
        public double score(String[] query, boolean syllabic, int id) {
            return current.score(query, syllabic, id);
        }
    }
}
