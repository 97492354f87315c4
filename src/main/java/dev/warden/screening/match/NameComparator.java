package dev.warden.screening.match;

/** Scores a query's normalised tokens against one name of a {@link NameIndex}, 0..1. */
@FunctionalInterface
public interface NameComparator {
    /** @param syllabic the query's script writes a name syllable by syllable ({@link NameNormaliser#syllabic}) */
    double score(String[] query, boolean syllabic, int id);

    /**
     * False only when {@link #score} is certainly below {@code cutoff}: a test far cheaper than scoring, so that
     * candidates that share a word or a prefix with the query but cannot reach the bar are not scored. A
     * comparator without such a test answers true.
     */
    default boolean mayReach(String[] query, boolean syllabic, int id, double cutoff) {
        return true;
    }
}
