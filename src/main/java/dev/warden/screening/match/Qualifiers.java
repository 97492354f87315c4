package dev.warden.screening.match;

import java.util.List;
import java.util.Locale;

import dev.warden.screening.list.WatchListEntry.SubjectType;
import dev.warden.screening.list.WatchListEntry;

/**
 * Adjusts a name score by what else the query and the entry say: an individual is not a company, a birth date
 * that contradicts every listed one lowers the score strongly, a matching one raises it a little, and so does a
 * shared country. Each adjustment is named in the hit's "why".
 */
public final class Qualifiers {
    static final double TYPE_MISMATCH = 0.85;
    static final double BIRTH_MISMATCH = 0.75;
    static final double COUNTRY_MISMATCH = 0.95;
    static final double BIRTH_DAY_BONUS = 0.05;
    static final double BIRTH_YEAR_BONUS = 0.02;
    static final double COUNTRY_BONUS = 0.02;

    private Qualifiers() {
    }

    public record Qualified(double score, String why) {
    }

    public static Qualified apply(double nameScore, SubjectType queryType, String country, String birthDate,
            WatchListEntry entry) {
        double score = nameScore;
        StringBuilder why = new StringBuilder();
        if (queryType != null && entry.type() != SubjectType.UNKNOWN && individual(queryType) != individual(entry.type())) {
            score *= TYPE_MISMATCH;
            why.append("; listed as ").append(entry.type().name().toLowerCase(Locale.ROOT));
        }
        if (birthDate != null && !birthDate.isBlank() && !entry.birthDates().isEmpty()) {
            Birth match = bestBirthMatch(birthDate.strip(), entry.birthDates());
            switch (match) {
                case DAY -> {
                    score += BIRTH_DAY_BONUS;
                    why.append("; born the same day");
                }
                case YEAR -> {
                    score += BIRTH_YEAR_BONUS;
                    why.append("; born the same year");
                }
                case NONE -> {
                    score *= BIRTH_MISMATCH;
                    why.append("; listed birth ").append(String.join(", ", entry.birthDates()));
                }
            }
        }
        if (country != null && !country.isBlank() && !entry.countries().isEmpty()) {
            if (entry.countries().contains(country.strip().toUpperCase(Locale.ROOT))) {
                score += COUNTRY_BONUS;
                why.append("; country ").append(country.strip().toUpperCase(Locale.ROOT)).append(" listed");
            } else {
                score *= COUNTRY_MISMATCH;
                why.append("; listed countries ").append(String.join(",", entry.countries()));
            }
        }
        return new Qualified(Math.min(1.0, score), why.toString());
    }

    private enum Birth { DAY, YEAR, NONE }

    /** Dates are yyyy, yyyy-MM, yyyy-MM-dd or a year range yyyy/yyyy; a year within one of the listed counts. */
    private static Birth bestBirthMatch(String query, List<String> listed) {
        int queryYear = year(query);
        Birth best = Birth.NONE;
        for (String date : listed) {
            if (query.length() == 10 && date.equals(query)) return Birth.DAY;
            int from = year(date);
            int to = date.contains("/") ? year(date.substring(date.indexOf('/') + 1)) : from;
            if (queryYear > 0 && from > 0 && queryYear >= from - 1 && queryYear <= to + 1) best = Birth.YEAR;
        }
        return best;
    }

    private static int year(String date) {
        if (date.length() < 4) return -1;
        try {
            return Integer.parseInt(date.substring(0, 4));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean individual(SubjectType type) {
        return type == SubjectType.INDIVIDUAL;
    }
}
