package dev.warden.screening.match;

/**
 * Jaro-Winkler similarity on strings, written out so the hot path allocates only two small flag arrays: the
 * matcher scores tens of candidate names per query and must stay well under a millisecond.
 */
public final class JaroWinkler {
    private static final double PREFIX_SCALE = 0.1;
    private static final int MAX_PREFIX = 4;

    private JaroWinkler() {
    }

    public static double similarity(String a, String b) {
        if (a.equals(b)) return 1.0;
        int la = a.length(), lb = b.length();
        if (la == 0 || lb == 0) return 0.0;
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] matchedA = new boolean[la];
        boolean[] matchedB = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window), to = Math.min(lb - 1, i + window);
            char c = a.charAt(i);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && b.charAt(j) == c) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0.0;
        int transpositions = 0;
        for (int i = 0, j = 0; i < la; i++) {
            if (!matchedA[i]) continue;
            while (!matchedB[j]) j++;
            if (a.charAt(i) != b.charAt(j)) transpositions++;
            j++;
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.min(MAX_PREFIX, Math.min(la, lb)) && a.charAt(i) == b.charAt(i); i++) prefix++;
        return jaro + prefix * PREFIX_SCALE * (1 - jaro);
    }
}
