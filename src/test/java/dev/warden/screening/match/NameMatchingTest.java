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
    void numbersSpeltOutInEnglishReadAsDigits() {
        assertArrayEquals(new String[] {"BRIGADE", "44"}, NameNormaliser.tokens("Brigade Forty-Four"));
        assertArrayEquals(new String[] {"BRIGADE", "44"}, NameNormaliser.tokens("Brigade Forty Four"));
        assertArrayEquals(new String[] {"3", "PERCENTERS"}, NameNormaliser.tokens("Three Percenters"));
        assertArrayEquals(new String[] {"1ST", "INTERNATIONAL", "BANK"}, NameNormaliser.tokens("First International Bank"));
        assertArrayEquals(new String[] {"123", "MAIN"}, NameNormaliser.tokens("One Hundred Twenty-Three Main"));
        assertArrayEquals(new String[] {"HUNDRED", "ACRES"}, NameNormaliser.tokens("Hundred Acres"),
                "a number word that spells no number on its own stays a word");
        assertArrayEquals(new String[] {"BRIGADE", "FOURTY", "4"}, NameNormaliser.tokens("Brigade Fourty-Four"),
                "a misspelt number word is not guessed at");
        assertTrue(score("Brigade Forty-Four", "Brigade 44") >= ScreeningIndex.DEFAULT_THRESHOLD);
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
    void aLeftOutWordCostsLittleAReplacedOneMuch() {
        double t = ScreeningIndex.DEFAULT_THRESHOLD;
        assertTrue(score("Fazl Rabi", "FAZL RABI ABDUL HAMID") >= t, "the list spells out more names");
        assertTrue(score("Fazl Rabi Hamid", "FAZL RABI ABDUL") < t, "one name replaced by another");
        assertTrue(score("Joe", "JOE WILSON") < t, "one shared word");
    }

    @Test
    void initialsNicknamesAndGenderedFormsAreDeliberate() {
        double t = ScreeningIndex.DEFAULT_THRESHOLD;
        assertTrue(score("J Smith", "SMITH, John") >= t, "an initial in the given name's place");
        assertTrue(score("J Smith", "SMITH, John") < score("John Smith", "SMITH, John"), "an initial scores less");
        assertTrue(score("J Smith", "SMITH, Paul John") < t, "the J is not in the middle name's place");
        double nickname = score("Joe Wilson", "WILSON, Joseph");
        assertTrue(nickname > 0.7 && nickname < t, "a nickname with the surname alone stays below: " + nickname);
        assertTrue(score("Antonia Rodriguez", "RODRIGUEZ, Antonio") < t, "ANTONIA is not a typo of ANTONIO");
        assertTrue(score("Patrick Ryan", "RYAN, Damion Patrick") < score("Damion Ryan", "RYAN, Damion Patrick"),
                "matching a middle name and not the first given name");
    }

    @Test
    void rareWordsWeighMoreThanCommonOnes() {
        java.util.List<NameTokens> names = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) names.add(NameNormaliser.listed("MARIA LOPEZ " + "PERSON" + (char) ('A' + i % 26) + i, true));
        names.add(NameNormaliser.listed("FAVELA LOPEZ, Maria Gabriela", true));
        NameIndex index = new NameIndex(names);
        NameScorer weighted = new NameScorer(index);
        int favela = names.size() - 1;
        assertTrue(weighted.score(NameNormaliser.tokens("Maria Lopez"), false, favela)
                < weighted.score(NameNormaliser.tokens("Gabriela Favela"), false, favela),
                "the rare words agreeing say more than the common ones");
        assertTrue(weighted.score(NameNormaliser.tokens("Maria Lopez"), false, favela) < ScreeningIndex.DEFAULT_THRESHOLD);
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
