package dev.warden.screening.match;

/** Scores a query's normalised tokens against one name of a {@link NameIndex}, 0..1. */
@FunctionalInterface
public interface NameComparator {
    double score(String[] query, int id);
}
