package dev.warden.screening.match;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Similarity of a query to a listed name, 0..1, independent of word order. Words are paired greedily by
 * similarity; each word weighs by how rare it is among the loaded lists' names (an IDF computed from the
 * {@link NameIndex} at load), so MARIA or LOPEZ agreeing says less than FAVELA agreeing. Words of either name left
 * without a partner cost part of their weight, and much more when both names have such words (a word replaced,
 * not left out): a two-word query against a four-word entry is not a strong match because two words agree. Where
 * the list says which words are the surname, a query that matches none of them, or only a middle name, scores
 * lower. A word pair needs few edits for its length or about the same consonants, so CASTRO is not CASTILLO and
 * ANTONIA not ANTONIO. An initial pairs only with the word in its own position and scores below a full word; a
 * nickname from {@link Nicknames} pairs with its full name, also below an exact word. A name written with its
 * words joined or split ("ALFABANK" / "ALFA BANK") is compared as one string too.
 */
public final class NameScorer implements NameComparator {

    /**
     * The tunable parts, chosen on the tuning half of the shared sets (docs/evaluation.md, "Name matching").
     *
     * @param unmatchedQuery share of its weight that a query word without a partner costs, when every listed
     *        word has one (the query names more of the person than the list)
     * @param unmatchedListed the same for a listed word when every query word has a partner (the query leaves
     *        out a middle name or patronymic the list spells out)
     * @param replaced the share that unpartnered words cost when both names have some: a word replaced by
     *        another, which makes another person far more often than a word left out
     * @param fuzzyScale how much steeper than Jaro-Winkler a non-identical word pair falls (2: a 0.95 pair
     *        counts 0.90)
     * @param tokenFloor Jaro-Winkler below which two words are not a pair at all
     * @param initial what an initial paired with the word in its position counts
     * @param nickname what a nickname paired with its full name counts: with the surname alone it stays below
     *        the threshold, a matching birth date or country lifts it
     * @param misaligned factor when the list marks the surname and the query matches none of it, or matches
     *        a middle name but not the first given name ("Patrick Ryan" against "RYAN, Damion Patrick")
     * @param overEdited factor on a pair with more edits than its length allows and different consonants
     * @param rarity power of a word's relative IDF in its weight: above 1 it widens the gap between the names
     *        every list repeats (MOHAMMAD, MARIA) and the rare ones
     */
    public record Settings(double unmatchedQuery, double unmatchedListed, double replaced, double fuzzyScale,
            double tokenFloor, double initial, double nickname, double misaligned, double overEdited, double rarity) {
        public static final Settings DEFAULT = new Settings(0.3, 0.3, 1.6, 1.0, 0.80, 0.80, 0.60, 0.85, 0.75, 2.0);
    }

    static final double SKELETON_WEIGHT = 0.95;
    /**
     * Levenshtein distance counted up to two edits only (-1 beyond): the matcher only asks whether a pair is one
     * edit apart, or more than the one or two its length allows, and a bounded count costs a band of the table,
     * not all of it.
     */
    private static final LevenshteinDistance EDITS = new LevenshteinDistance(2);
    /** What {@link #edits} answers for any distance above two. */
    static final int MORE_THAN_TWO = 3;
    /** Joined words compare as one string a little below the same words apart. */
    static final double JOINED_PENALTY = 0.02;
    /** The most a single paired word scores when either name has more: one shared word is not a match. */
    static final double ONE_WORD_CAP = 0.80;

    /** Word weights come from this index: its size and how many of its names hold each word. */
    private final NameIndex weights;
    private final Settings settings;
    private final double maxIdf;
    /** The names scored by id, each word's weight and letters worked out once, when the scorer is built. */
    private final Name[] names;

    public NameScorer(NameIndex index) {
        this(index, index, Settings.DEFAULT);
    }

    public NameScorer(NameIndex index, Settings settings) {
        this(index, index, settings);
    }

    /**
     * @param names the names {@link #score(String[], boolean, int)} scores by id
     * @param weights the index whose names weigh the words (a delta's few entries scored as live screening scores
     *        them: with the weights of the whole serving index)
     */
    public NameScorer(NameIndex names, NameIndex weights, Settings settings) {
        this.weights = weights;
        this.settings = settings;
        this.maxIdf = Math.log(1.0 + weights.size());
        Map<String, Word> words = new HashMap<>();
        this.names = new Name[names.size()];
        for (int id = 0; id < names.size(); id++) {
            String[] tokens = names.tokens(id);
            Word[] w = new Word[tokens.length];
            for (int j = 0; j < tokens.length; j++) w[j] = words.computeIfAbsent(tokens[j], this::word);
            this.names[id] = new Name(new NameTokens(tokens, names.surname(id)), w);
        }
    }

    /**
     * A word with what the scorer asks of it again and again: its weight, its letters sorted (for the bound),
     * whether it has a vowel, and its nicknames.
     */
    private record Word(String text, double weight, byte[] letters, boolean vowel, Set<String> nicknames) {
    }

    /** A listed name: its tokens and surname marks, its words, and its words' positions given names first. */
    private record Name(NameTokens listed, Word[] words, int[] natural, byte[] letters) {
        Name(NameTokens listed, Word[] words) {
            this(listed, words, naturalPositions(listed), NameScorer.letters(words));
        }
    }

    /** A query's words worked out once for every candidate it is compared with. */
    private final class Query implements Prepared {
        final String[] tokens;
        final boolean syllabic;
        final Word[] words;
        final double heaviest;
        final byte[] letters;

        Query(String[] tokens, boolean syllabic) {
            this.tokens = tokens;
            this.syllabic = syllabic;
            this.words = words(tokens);
            this.letters = letters(words);
            double max = 0;
            for (Word w : words) max = Math.max(max, w.weight());
            this.heaviest = max;
        }

        @Override
        public double score(int id) {
            return NameScorer.this.score(this, names[id]);
        }

        @Override
        public boolean mayReach(int id, double cutoff) {
            return NameScorer.this.mayReach(this, names[id], cutoff);
        }
    }

    private Word word(String token) {
        byte[] letters = new byte[token.length()];
        for (int i = 0; i < letters.length; i++) letters[i] = (byte) slot(token.charAt(i));
        java.util.Arrays.sort(letters);
        return new Word(token, weight(token), letters, hasVowel(token), Nicknames.of(token));
    }

    /** The letters of all the words, sorted: the name's words joined, for {@link #mayJoin}. */
    private static byte[] letters(Word[] words) {
        int n = 0;
        for (Word w : words) n += w.letters().length;
        byte[] all = new byte[n];
        int at = 0;
        for (Word w : words) {
            System.arraycopy(w.letters(), 0, all, at, w.letters().length);
            at += w.letters().length;
        }
        java.util.Arrays.sort(all);
        return all;
    }

    private Word[] words(String[] tokens) {
        Word[] w = new Word[tokens.length];
        for (int i = 0; i < tokens.length; i++) w[i] = word(tokens[i]);
        return w;
    }

    private Name name(NameTokens listed) {
        return new Name(listed, words(listed.tokens()));
    }

    @Override
    public Prepared prepare(String[] query, boolean syllabic) {
        return new Query(query, syllabic);
    }

    @Override
    public double score(String[] query, boolean syllabic, int id) {
        return score(new Query(query, syllabic), names[id]);
    }

    /**
     * @param syllabic the query was written in a script whose words are syllables (Chinese, Korean, Japanese
     *        kana): each syllable is part of the name, so one the list lacks costs as much as a replaced word
     */
    public double score(String[] query, boolean syllabic, NameTokens listed) {
        return score(new Query(query, syllabic), name(listed));
    }

    private double score(Query q, Name name) {
        String[] query = q.tokens, candidate = name.listed().tokens();
        NameTokens listed = name.listed();
        boolean syllabic = q.syllabic;
        if (query.length == 0 || candidate.length == 0) return 0;
        int nq = query.length, nc = candidate.length;
        Word[] wordsQ = q.words, wordsC = name.words();
        int[] natural = name.natural();
        double[][] sim = new double[nq][nc];
        for (int i = 0; i < nq; i++) {
            for (int j = 0; j < nc; j++) sim[i][j] = pairSimilarity(query[i], i, candidate[j], j, natural[j]);
        }
        boolean[] usedQ = new boolean[nq];
        boolean[] usedC = new boolean[nc];
        double matched = 0, paired = 0;
        int pairs = 0;
        boolean surnameMatched = false, firstGivenMatched = false, laterGivenMatched = false;
        for (int round = 0; round < Math.min(nq, nc); round++) {
            int bi = -1, bj = -1;
            double best = 0;
            for (int i = 0; i < nq; i++) {
                if (usedQ[i]) continue;
                for (int j = 0; j < nc; j++) {
                    if (!usedC[j] && sim[i][j] > best) {
                        best = sim[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) break;
            usedQ[bi] = true;
            usedC[bj] = true;
            pairs++;
            // The listed word's weight counts for both sides: a typo in the query is not a rare word.
            double weight = 2 * (candidate[bj].length() > 1 ? wordsC[bj].weight() : wordsQ[bi].weight());
            matched += best * weight;
            paired += weight;
            if (listed.knowsSurname() && candidate[bj].length() > 1 && query[bi].length() > 1) {
                if (listed.surname()[bj]) surnameMatched = true;
                else if (natural[bj] == 0) firstGivenMatched = true;
                else laterGivenMatched = true;
            }
        }
        double leftQ = 0, leftC = 0;
        for (int i = 0; i < nq; i++) if (!usedQ[i]) leftQ += wordsQ[i].weight();
        for (int j = 0; j < nc; j++) if (!usedC[j]) leftC += wordsC[j].weight();
        double queryCost = syllabic ? Math.max(settings.unmatchedQuery(), settings.replaced()) : settings.unmatchedQuery();
        double unpaired = leftQ > 0 && leftC > 0 ? settings.replaced() * (leftQ + leftC)
                : queryCost * leftQ + settings.unmatchedListed() * leftC;
        double score = paired == 0 ? 0 : matched / (paired + unpaired);
        if (listed.knowsSurname() && (!surnameMatched || (laterGivenMatched && !firstGivenMatched))) {
            score *= settings.misaligned();
        }
        if (pairs < 2 && Math.max(nq, nc) > 1) score = Math.min(score, ONE_WORD_CAP);
        return Math.max(score, joined(query, candidate));
    }

    @Override
    public boolean mayReach(String[] query, boolean syllabic, int id, double cutoff) {
        return mayReach(new Query(query, syllabic), names[id], cutoff);
    }

    /**
     * An upper bound of {@link #score} without Jaro-Winkler or edit distances: which words could pair at all is
     * told from the letters they share ({@link #mayPair}); every such pair is taken as exact, every word that
     * cannot pair as unpaired, and the longer name leaves at least its lightest surplus words unpaired. The
     * score only falls from there (pairs below 1, the surname and one-word rules), so a bound below the cutoff
     * proves the score is below it. The joined-words comparison has no such bound and is computed.
     */
    public boolean mayReach(String[] query, boolean syllabic, NameTokens listed, double cutoff) {
        return mayReach(new Query(query, syllabic), name(listed), cutoff);
    }

    private boolean mayReach(Query q, Name name, double cutoff) {
        String[] query = q.tokens, candidate = name.listed().tokens();
        int nq = query.length, nc = candidate.length;
        if (nq == 0 || nc == 0) return false;
        double queryCost = q.syllabic ? Math.max(settings.unmatchedQuery(), settings.replaced()) : settings.unmatchedQuery();
        // The bound takes the least unpaired cost; it is a lower bound only while replacing costs the most.
        if (settings.replaced() < Math.max(queryCost, settings.unmatchedListed())) return true;
        Word[] wordsQ = q.words, wordsC = name.words();
        boolean[] pairableQ = new boolean[nq], pairableC = new boolean[nc];
        double heaviestQ = q.heaviest;
        for (int j = 0; j < nc; j++) {
            for (int i = 0; i < nq; i++) {
                if (pairableQ[i] && pairableC[j]) continue;
                if (mayPair(wordsQ[i], wordsC[j])) {
                    pairableQ[i] = true;
                    pairableC[j] = true;
                }
            }
        }
        int pairableQueryWords = 0, pairableListedWords = 0;
        double leftQ = 0, leftC = 0;
        for (int i = 0; i < nq; i++) {
            if (pairableQ[i]) pairableQueryWords++;
            else leftQ += wordsQ[i].weight();
        }
        double[] pairWeights = new double[nc];
        for (int j = 0; j < nc; j++) {
            if (!pairableC[j]) {
                leftC += wordsC[j].weight();
                continue;
            }
            // As in score: a pair weighs the listed word, or the query word when the listed one is an initial.
            pairWeights[pairableListedWords++] = candidate[j].length() > 1 ? wordsC[j].weight() : heaviestQ;
        }
        int pairs = Math.min(pairableQueryWords, pairableListedWords);
        if (nc > nq) leftC = Math.max(leftC, lightest(wordsC, nc - nq));
        if (nq > nc) leftQ = Math.max(leftQ, lightest(wordsQ, nq - nc));
        double paired = 2 * heaviest(pairWeights, pairableListedWords, pairs);
        double unpaired = leftQ > 0 && leftC > 0 ? settings.replaced() * (leftQ + leftC)
                : queryCost * leftQ + settings.unmatchedListed() * leftC;
        double bound = paired == 0 ? 0 : paired / (paired + unpaired);
        if (pairs < 2 && Math.max(nq, nc) > 1) bound = Math.min(bound, ONE_WORD_CAP);
        return bound >= cutoff || mayJoin(q, name, cutoff) && joined(query, candidate) >= cutoff;
    }

    /**
     * False only when {@link #joined} is certainly below the cutoff: Jaro-Winkler of the joined words bounded
     * from the letters they share, as in {@link #mayPair}.
     */
    private boolean mayJoin(Query q, Name name, double cutoff) {
        if (cutoff <= 0) return true;
        int nq = q.tokens.length, nc = name.listed().tokens().length;
        int totalQ = q.letters.length, totalC = name.letters().length;
        if (nq == nc || Math.min(totalQ, totalC) < 0.85 * Math.max(totalQ, totalC)) return false;
        int common = commonLetters(q.letters, name.letters());
        double jaro = (common / (double) totalQ + common / (double) totalC + 1) / 3;
        double jaroWinkler = jaro < 0.7 ? jaro : jaro + 0.4 * (1 - jaro);
        return steeper(jaroWinkler) - JOINED_PENALTY + 1e-9 >= cutoff;
    }

    /**
     * False only when {@link #pairSimilarity} is 0 in every position: for two words, when tokenSimilarity
     * certainly is. Jaro-Winkler is bounded from the letters the words share in any order (no more can match),
     * taking no transpositions and the longest prefix bonus; one edit needs all letters but one in common.
     */
    private boolean mayPair(Word qw, Word cw) {
        String q = qw.text(), c = cw.text();
        if (q.length() < 2 || c.length() < 2) return q.charAt(0) == c.charAt(0);
        if (q.equals(c)) return true;
        if (Character.isDigit(q.charAt(0)) || Character.isDigit(c.charAt(0)) || genderVariant(q, c)) return false;
        if (qw.nicknames() != null && qw.nicknames().contains(c)) return true;
        // Words without vowels are also compared by their consonants, which this bound does not cover.
        if ((!qw.vowel() || !cw.vowel()) && Math.min(q.length(), c.length()) >= 3) return true;
        int common = commonLetters(qw.letters(), cw.letters());
        if (common >= Math.max(q.length(), c.length()) - 1) return true;
        if (common == 0) return false;
        double jaro = (common / (double) q.length() + common / (double) c.length() + 1) / 3;
        double jaroWinkler = jaro < 0.7 ? jaro : jaro + 0.4 * (1 - jaro);
        return jaroWinkler + 1e-9 >= settings.tokenFloor();
    }

    /**
     * How many letters two words have in common, counted as multisets (order ignored), from their letters
     * sorted ({@link #slot}).
     */
    private static int commonLetters(byte[] a, byte[] b) {
        int i = 0, j = 0, common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /**
     * Words are normalised to A-Z and 0-9; anything else shares one slot, which can only count more in common,
     * never less.
     */
    private static int slot(char c) {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= '0' && c <= '9') return 26 + c - '0';
        return 36;
    }

    /** The sum of the {@code k} smallest weights. */
    private static double lightest(Word[] words, int k) {
        double[] sorted = new double[words.length];
        for (int i = 0; i < words.length; i++) sorted[i] = words[i].weight();
        java.util.Arrays.sort(sorted);
        double sum = 0;
        for (int i = 0; i < k; i++) sum += sorted[i];
        return sum;
    }

    /** The sum of the {@code k} largest of the first {@code n} values. */
    private static double heaviest(double[] values, int n, int k) {
        double[] sorted = java.util.Arrays.copyOf(values, n);
        java.util.Arrays.sort(sorted);
        double sum = 0;
        for (int i = n - 1; i >= n - k; i--) sum += sorted[i];
        return sum;
    }

    /**
     * Joined or split words compared as one string, only between strings of about the same length, so a name
     * that merely begins with the query ("SBERBANK" / "SBERBANK OF RUSSIA") does not pass as one.
     */
    private double joined(String[] query, String[] candidate) {
        if (query.length == candidate.length) return 0;
        int totalQ = length(query), totalC = length(candidate);
        if (Math.min(totalQ, totalC) < 0.85 * Math.max(totalQ, totalC)) return 0;
        double jw = JaroWinkler.similarity(String.join("", query), String.join("", candidate));
        return steeper(jw) - JOINED_PENALTY;
    }

    /**
     * Weight of a word by how rare it is among the listed names: its IDF relative to that of a word no list uses
     * (1), raised to {@code rarity}. A single letter weighs nothing when left over; paired, it takes its
     * partner's weight. Without any names (a scorer for bare pairs) every word weighs 1.
     */
    double weight(String token) {
        if (maxIdf <= 0) return 1;
        if (token.length() < 2) return 0;
        double idf = Math.log((1.0 + weights.size()) / (1.0 + weights.frequency(token)));
        return Math.pow(idf / maxIdf, settings.rarity());
    }

    /**
     * Positions of the listed words in given-names-first order where the list marks the surname ("SMITH, John P"
     * is JOHN P SMITH), else as written.
     */
    private static int[] naturalPositions(NameTokens listed) {
        int n = listed.tokens().length;
        int[] natural = new int[n];
        if (!listed.knowsSurname()) {
            for (int j = 0; j < n; j++) natural[j] = j;
            return natural;
        }
        int next = 0;
        for (int j = 0; j < n; j++) if (!listed.surname()[j]) natural[j] = next++;
        for (int j = 0; j < n; j++) if (listed.surname()[j]) natural[j] = next++;
        return natural;
    }

    /**
     * An initial pairs only with a word it begins at its own position (as written, or given names first), so
     * "J Smith" finds "SMITH, John" but the J of "Smith J" does not pair with a J in another place.
     */
    private double pairSimilarity(String q, int qPos, String c, int cPos, int cNatural) {
        if (q.length() > 1 && c.length() > 1) return tokenSimilarity(q, c);
        if (q.equals(c)) return 1.0;
        if (qPos != cPos && qPos != cNatural) return 0;
        return q.charAt(0) == c.charAt(0) ? settings.initial() : 0;
    }

    double tokenSimilarity(String a, String b) {
        if (a.equals(b)) return 1.0;
        if (Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) return 0;
        if (genderVariant(a, b)) return 0;
        // A nickname scores what the table says, never more because it happens to share letters (JOE, JOSEPH).
        if (Nicknames.same(a, b)) return settings.nickname();
        double jw = JaroWinkler.similarity(a, b);
        // Arabic and Hebrew are written without short vowels, so their romanisation has none ("MHMD" for
        // Mohamed): such a word is compared with the other's consonants.
        if (jw < 0.9 && (!hasVowel(a) || !hasVowel(b)) && Math.min(a.length(), b.length()) >= 3) {
            jw = Math.max(jw, SKELETON_WEIGHT * JaroWinkler.similarity(consonants(a), consonants(b)));
        }
        int edits = edits(a, b);
        // A short word with one typo falls below the floor in Jaro-Winkler (UUN, UN), yet is one typo.
        if (jw < settings.tokenFloor() && !(edits == 1 && Math.min(a.length(), b.length()) >= 2)) return 0;
        // Jaro-Winkler forgives a changed ending (CASTRO, CASTILLO; SANCHO, SANCHEZ): another name, not a typo.
        // A pair needs few edits for its length, or about the same consonants (HUSSEIN and HUSAYN, ALEXANDER and
        // ALEKSANDR, a long word's ending as ALEXANDROS: transliterations).
        int length = Math.max(a.length(), b.length());
        double similarity = steeper(Math.max(jw, settings.tokenFloor()));
        if (edits > allowedEdits(length) && cappedEdits(skeleton(a), skeleton(b)) > allowedEdits(length) - 1) {
            return similarity * settings.overEdited();
        }
        return similarity;
    }

    /**
     * Levenshtein distance, with two neighbouring letters swapped (LAKHAL, LAKAHL) counted as one typo; any
     * distance above two is {@link #MORE_THAN_TWO}.
     */
    static int edits(String a, String b) {
        int d = cappedEdits(a, b);
        if (d == 2 && a.length() == b.length()) {
            int first = -1, count = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (count++ == 0) first = i;
                }
            }
            if (count == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first) && a.charAt(first + 1) != b.charAt(first + 1)) {
                return 1;
            }
        }
        return d;
    }

    private static int cappedEdits(String a, String b) {
        int d = EDITS.apply(a, b);
        return d < 0 ? MORE_THAN_TWO : d;
    }

    /** One typo in a word, two in a long one. */
    static int allowedEdits(int length) {
        return length >= 9 ? 2 : 1;
    }

    private double steeper(double jw) {
        return Math.max(0, 1 - (1 - jw) * settings.fuzzyScale());
    }

    /**
     * ANTONIO and ANTONIA, MARIO and MARIA: the Romance masculine and feminine of one name are two people's
     * names, not a typo of each other.
     */
    static boolean genderVariant(String a, String b) {
        int n = a.length();
        if (n < 4 || b.length() != n || !a.regionMatches(0, b, 0, n - 1)) return false;
        char x = a.charAt(n - 1), y = b.charAt(n - 1);
        return (x == 'A' && y == 'O') || (x == 'O' && y == 'A');
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("AEIOUY".indexOf(s.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** The word without vowels and without doubled letters: MOHAMMED and MHMD are both MHMD. */
    private static String consonants(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("AEIOUYW".indexOf(c) >= 0) continue;
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) continue;
            out.append(c);
        }
        return out.length() == 0 ? s : out.toString();
    }

    /** The consonants with X written KS, as Cyrillic and Greek romanisations write it. */
    private static String skeleton(String s) {
        return consonants(s.replace("X", "KS"));
    }

    private static int length(String[] tokens) {
        int n = 0;
        for (String t : tokens) n += t.length();
        return n;
    }
}
