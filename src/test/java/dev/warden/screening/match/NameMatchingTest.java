package dev.warden.screening.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.warden.screening.ScreeningIndex;

class NameMatchingTest {

    @Test
    void cyrillicIsRomanisedTheWayEnglishListsWriteIt() {
        assertEquals("VLADIMIR PUTIN", NameNormaliser.latin("Владимир Путин"));
        assertEquals("ZHUKOV", NameNormaliser.latin("Жуков"));
        assertArrayEquals(new String[] {"SBERBANK", "ROSSII"}, NameNormaliser.tokens("ПАО Сбербанк России"));
    }

    @Test
    void legalFormsAccentsAndPunctuationDoNotCount() {
        assertArrayEquals(new String[] {"GARANTEX", "EUROPE"}, NameNormaliser.tokens("Garantex Europe OÜ"));
        assertArrayEquals(new String[] {"A7"}, NameNormaliser.tokens("A7 Limited Liability Company"));
        assertArrayEquals(new String[] {"GRINEKS"}, NameNormaliser.tokens("Obshchestvo S Ogranichennoi Otvetstvennostyu Grineks"));
        assertArrayEquals(new String[] {"OBRIEN"}, NameNormaliser.tokens("O'Brien"));
        assertArrayEquals(new String[] {"LLC"}, NameNormaliser.tokens("LLC"), "a name that is only a legal form keeps it");
    }

    @Test
    void wordOrderTyposAndScriptsStillMatch() {
        double t = ScreeningIndex.DEFAULT_THRESHOLD;
        assertEquals(1.0, score("Putin, Vladimir", "VLADIMIR PUTIN"));
        assertTrue(score("Vladimir Putin", "PUTIN, Vladimir Vladimirovich") >= t, "a listed patronymic the query omits");
        assertTrue(score("Владимир Путин", "Vladimir Putin") >= t);
        assertTrue(score("Olaf Scholze", "Olaf Scholz") >= t);
        assertTrue(score("ALFABANK", "ALFA-BANK") >= t, "joined words");
        assertTrue(score("Sberbank", "Sberbank of Russia") < t, "one shared word of a longer name is not a match");
        assertTrue(score("Angelo Cruz", "Angela Merkel") < t);
    }

    @Test
    void jaroWinklerIsTheTextbookOne() {
        assertEquals(0.961, JaroWinkler.similarity("MARTHA", "MARHTA"), 0.001);
        assertEquals(0.840, JaroWinkler.similarity("DWAYNE", "DUANE"), 0.001);
        assertEquals(0.0, JaroWinkler.similarity("ABC", "XYZ"));
    }

    /** Without lists every word weighs the same: these cases are about the words, not their frequency. */
    private static final NameScorer UNWEIGHTED = new NameScorer(new NameIndex(java.util.List.of()));

    private static double score(String query, String listed) {
        return UNWEIGHTED.score(NameNormaliser.tokens(query), NameNormaliser.syllabic(query), NameNormaliser.listed(listed, true));
    }
}
