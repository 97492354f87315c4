package dev.warden.console.graph;

import java.util.ArrayList;
import java.util.List;

import dev.warden.screening.match.JaroWinkler;
import dev.warden.screening.match.NameNormaliser;

/**
 * Which words of one name match words of another, for marking them: each word is normalised as screening
 * normalises names (transliterated to Latin, accents and case dropped) and counts as matched when it is close
 * to a word of the other name (Jaro-Winkler at least {@link #CLOSE}), so "Сбербанк" in a request is marked against
 * "SBERBANK" on the list. The words keep their original spelling; only the marking is computed.
 */
public final class NameHighlight {
    /** Close enough to show as the same word; the name scorer's own bar for a token is near this. */
    static final double CLOSE = 0.9;

    /** A run of a name's text, marked when it matched. Whitespace runs are never marked. */
    public record Segment(String text, boolean marked) {
    }

    private NameHighlight() {
    }

    public static List<Segment> mark(String name, String against) {
        if (name == null) return List.of();
        String[] theirs = against == null ? new String[0] : NameNormaliser.tokens(against);
        List<Segment> out = new ArrayList<>();
        for (String part : name.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)")) {
            boolean marked = !part.isBlank() && matches(part, theirs);
            out.add(new Segment(part, marked));
        }
        return out;
    }

    /** How many words of {@code name} are marked against {@code against}: how well the two names agree. */
    public static long matchedWords(String name, String against) {
        return mark(name, against).stream().filter(Segment::marked).count();
    }

    private static boolean matches(String word, String[] theirs) {
        for (String mine : NameNormaliser.tokens(word)) {
            for (String other : theirs) {
                if (mine.equals(other) || JaroWinkler.similarity(mine, other) >= CLOSE) return true;
            }
        }
        return false;
    }
}
