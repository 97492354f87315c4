package dev.warden.screening.match;

/** Scores a query's normalised tokens against one name of a {@link NameIndex}, 0..1. */
@FunctionalInterface
public interface NameComparator {
    /** @param syllabic the query's script writes a name syllable by syllable ({@link NameNormaliser#syllabic}) */
    double score(String[] query, boolean syllabic, int id);
}
