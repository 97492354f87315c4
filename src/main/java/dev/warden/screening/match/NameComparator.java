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

    /**
     * The query made ready to be compared with many names: what a comparator needs of the query's words (their
     * weights, their letters) is worked out once, not once per candidate. Scores and bounds are those of
     * {@link #score} and {@link #mayReach}.
     */
    default Prepared prepare(String[] query, boolean syllabic) {
        return new Prepared() {
            @Override
            public double score(int id) {
                return NameComparator.this.score(query, syllabic, id);
            }

            @Override
            public boolean mayReach(int id, double cutoff) {
                return NameComparator.this.mayReach(query, syllabic, id, cutoff);
            }
        };
    }

    /** One query against names of the index by id. */
    interface Prepared {
        double score(int id);

        boolean mayReach(int id, double cutoff);
    }
}
