package dev.warden.screening.match;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Jaro-Winkler similarity, from commons-text. One stateless instance serves every thread; kept behind this name so
 * the matcher reads as the algorithm it uses.
 */
public final class JaroWinkler {
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private JaroWinkler() {
    }

    public static double similarity(String a, String b) {
        return SIMILARITY.apply(a, b);
    }
}
