package dev.warden.screening.bench;

import dev.warden.screening.match.JaroWinkler;

/**
 * The baseline name scorer (every word weighs by its length, a subset of the listed words matches): kept only in
 * the bench, unchanged, so that {@link NameMatchingComparison} scores the baseline and the shipped matcher in the
 * same run on the same data.
 *
 * Similarity of two names given as normalised tokens, 0..1, independent of word order. Tokens are paired
 * greedily by Jaro-Winkler similarity (an initial pairs with a word it begins); each pair counts by the length of
 * its words, so a missing or extra word lowers the score in proportion to its size. A name written with its
 * words joined or split ("ALFABANK" / "ALFA BANK") is compared as one string too.
 */
public final class LegacyNameScorer {
    /** Below this a token pair is not a match at all (different words that share letters). */
    static final double TOKEN_FLOOR = 0.80;
    static final double INITIAL_SIMILARITY = 0.80;
    /** How much a query that names only part of a listed name (no middle name or patronymic) still scores. */
    static final double PARTIAL_WEIGHT = 0.92;

    private LegacyNameScorer() {
    }

    public static double score(String[] query, String[] candidate) {
        if (query.length == 0 || candidate.length == 0) return 0;
        int nq = query.length, nc = candidate.length;
        double[][] sim = new double[nq][nc];
        for (int i = 0; i < nq; i++) {
            for (int j = 0; j < nc; j++) sim[i][j] = tokenSimilarity(query[i], candidate[j]);
        }
        boolean[] usedQ = new boolean[nq];
        boolean[] usedC = new boolean[nc];
        double matchedWeight = 0, matchedQ = 0, matchedC = 0;
        int pairs = 0;
        for (int round = 0; round < Math.min(nq, nc); round++) {
            int bi = -1, bj = -1;
            double best = TOKEN_FLOOR;
            for (int i = 0; i < nq; i++) {
                if (usedQ[i]) continue;
                for (int j = 0; j < nc; j++) {
                    if (!usedC[j] && sim[i][j] >= best) {
                        if (sim[i][j] > best || bi < 0) {
                            best = sim[i][j];
                            bi = i;
                            bj = j;
                        }
                    }
                }
            }
            if (bi < 0) break;
            usedQ[bi] = true;
            usedC[bj] = true;
            pairs++;
            int lq = query[bi].length(), lc = candidate[bj].length();
            matchedWeight += best * (lq + lc);
            matchedQ += best * lq;
            matchedC += best * lc;
        }
        double totalQ = length(query), totalC = length(candidate);
        double symmetric = matchedWeight / (totalQ + totalC);
        // One side naming a subset of the other's words ("Vladimir Putin" / "Putin, Vladimir Vladimirovich")
        // still matches well, but only when it names at least two words, so one shared surname is not enough.
        double partial = 0;
        if (pairs >= 2 && pairs == Math.min(nq, nc)) {
            double coverage = nq <= nc ? matchedQ / totalQ : matchedC / totalC;
            partial = PARTIAL_WEIGHT * coverage;
        }
        // Joined or split words: compared as one string, but only between strings of about the same length, so
        // a name that merely begins with the query ("SBERBANK" / "SBERBANK OF RUSSIA") does not pass as one.
        double joined = 0;
        if (nq != nc && Math.min(totalQ, totalC) >= 0.85 * Math.max(totalQ, totalC)) {
            joined = JaroWinkler.similarity(String.join("", query), String.join("", candidate)) - 0.02;
        }
        return Math.max(symmetric, Math.max(partial, joined));
    }

    static double tokenSimilarity(String a, String b) {
        if (a.equals(b)) return 1.0;
        if (a.length() == 1 || b.length() == 1) {
            String initial = a.length() == 1 ? a : b, word = a.length() == 1 ? b : a;
            return word.charAt(0) == initial.charAt(0) ? INITIAL_SIMILARITY : 0;
        }
        if (Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) return 0;
        double similarity = JaroWinkler.similarity(a, b);
        // Arabic and Hebrew are written without short vowels, so their romanisation has none ("MHMD" for
        // Mohamed): such a word is compared with the other's consonants.
        if (similarity < 0.9 && (!hasVowel(a) || !hasVowel(b)) && Math.min(a.length(), b.length()) >= 3) {
            similarity = Math.max(similarity, SKELETON_WEIGHT * JaroWinkler.similarity(consonants(a), consonants(b)));
        }
        return similarity;
    }

    static final double SKELETON_WEIGHT = 0.95;

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case 'A', 'E', 'I', 'O', 'U', 'Y' -> {
                    return true;
                }
                default -> {
                }
            }
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

    private static int length(String[] tokens) {
        int n = 0;
        for (String t : tokens) n += t.length();
        return n;
    }
}
