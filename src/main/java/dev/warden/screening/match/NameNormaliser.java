package dev.warden.screening.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Turns a name as written anywhere into the comparable form the matcher works on: other scripts transliterated
 * to Latin (Cyrillic by the BGN/PCGN romanisation English-language lists use, so Жуков becomes ZHUKOV, not
 * ZUKOV), accents removed, upper case, punctuation as word breaks (apostrophes joined: O'Brien is OBRIEN), and
 * legal-form words and phrases dropped (LLC, OOO, PJSC, "Limited Liability Company", "Obshchestvo s
 * Ogranichennoi Otvetstvennostyu" ...), and numbers spelt out in English read as digits (Forty-Four is 44). The
 * same code runs on list names at index time and on queries.
 */
public final class NameNormaliser {
    /**
     * One transliterator per script and thread (ICU transliterators keep state while they work). A script's own
     * transliterator is several times faster than Any-Latin, which first splits the text into script runs.
     */
    private static final ThreadLocal<Map<Character.UnicodeScript, Transliterator>> TO_LATIN =
            ThreadLocal.withInitial(() -> new EnumMap<>(Character.UnicodeScript.class));
    private static final Map<Character.UnicodeScript, String> TRANSLITERATION = Map.of(
            Character.UnicodeScript.CYRILLIC, "Russian-Latin/BGN; Cyrillic-Latin; Latin-ASCII",
            Character.UnicodeScript.ARABIC, "Arabic-Latin; Latin-ASCII",
            Character.UnicodeScript.GREEK, "Greek-Latin; Latin-ASCII",
            Character.UnicodeScript.HAN, "Han-Latin; Latin-ASCII",
            Character.UnicodeScript.HANGUL, "Hangul-Latin; Latin-ASCII",
            Character.UnicodeScript.HEBREW, "Hebrew-Latin; Latin-ASCII");
    private static final String ANY_TO_LATIN = "Any-Latin; Latin-ASCII";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Single words that only say what kind of legal person it is. */
    static final Set<String> LEGAL_FORM_WORDS = Set.of("LLC", "LTD", "LIMITED", "OOO", "OAO", "ZAO", "PAO", "AO",
            "PJSC", "OJSC", "CJSC", "JSC", "INC", "INCORPORATED", "CORP", "CORPORATION", "GMBH", "AG", "SA", "OU",
            "PLC", "CO", "LLP", "BV", "NV", "SRL", "SPA", "FZE", "FZCO", "FZ", "SARL", "SAS", "KG", "OHG",
            "TOO", "TOV", "UAB", "SP", "ZOO", "DOO", "EOOD", "OOD", "AB", "AS", "ASA", "OY", "OYJ", "KFT", "PT",
            "TBK", "BHD", "SDN", "PTE", "PVT", "CV", "DE", "RL", "IP", "FGUP", "GUP", "MUP", "NPO", "ANO", "SE",
            "COMPANY", "AKTIENGESELLSCHAFT", "GESELLSCHAFT", "SOCIETE", "ANONYME", "SAPI");
    /** Multi-word legal forms, in English and transliterated Russian, removed as whole phrases. */
    private static final List<String[]> LEGAL_FORM_PHRASES = phrases(
            "PUBLIC JOINT STOCK COMPANY", "OPEN JOINT STOCK COMPANY", "CLOSED JOINT STOCK COMPANY",
            "JOINT STOCK COMPANY", "LIMITED LIABILITY COMPANY", "LIMITED LIABILITY PARTNERSHIP",
            "LIMITED COMPANY", "PUBLIC LIMITED COMPANY", "PRIVATE LIMITED", "JOINT STOCK BANK",
            "OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU", "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU",
            "OBSHCHESTVO S OGRANICHENNOJ OTVETSTVENNOSTJU", "PUBLICHNOYE AKTSIONERNOYE OBSHCHESTVO",
            "PUBLICHNOE AKTSIONERNOE OBSHCHESTVO", "AKTSIONERNOYE OBSHCHESTVO", "AKTSIONERNOE OBSHCHESTVO",
            "OTKRYTOYE AKTSIONERNOYE OBSHCHESTVO", "ZAKRYTOYE AKTSIONERNOYE OBSHCHESTVO",
            "TOVARYSTVO Z OBMEZHENOYU VIDPOVIDALNISTYU", "SOCIEDAD ANONIMA", "SOCIEDAD DE RESPONSABILIDAD LIMITADA",
            "S A DE C V", "SA DE CV", "COMPANY LIMITED", "CO LTD", "SP Z O O", "SP ZOO",
            "GESELLSCHAFT MIT BESCHRANKTER HAFTUNG");

    private NameNormaliser() {
    }

    private static List<String[]> phrases(String... values) {
        List<String[]> list = new ArrayList<>();
        for (String v : values) list.add(v.split(" "));
        list.sort((x, y) -> y.length - x.length);
        return List.copyOf(list);
    }

    /** Latin, ASCII, upper case, one space between words; punctuation removed. */
    public static String latin(String name) {
        if (name == null) return "";
        String text = toLatin(name);
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2019' || c == '`' || c == '\u02B9' || c == '\u02BA' || c == '"') continue;
            if (Character.isLetterOrDigit(c) && c < 0x80) {
                out.append(Character.toUpperCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') out.setLength(end - 1);
        return out.toString();
    }

    /**
     * ASCII stays as it is; Latin with accents loses them (fast, no ICU); any other script goes through the ICU
     * transliterator of the first non-Latin script in the name.
     */
    private static String toLatin(String name) {
        Character.UnicodeScript other = null;
        boolean ascii = true;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) continue;
            ascii = false;
            if (!Character.isLetter(c)) continue;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                    && script != Character.UnicodeScript.INHERITED) {
                other = script;
                break;
            }
        }
        if (ascii) return name;
        if (other == null) {
            return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        }
        Character.UnicodeScript script = other;
        return TO_LATIN.get().computeIfAbsent(script,
                s -> Transliterator.getInstance(TRANSLITERATION.getOrDefault(s, ANY_TO_LATIN))).transliterate(name);
    }

    /** True when the name is written in Han, Hangul or kana, where each transliterated word is one syllable. */
    public static boolean syllabic(String name) {
        if (name == null) return false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            // ASCII is Latin or common: most names are decided without a script lookup.
            if (c < 0x80) continue;
            switch (Character.UnicodeScript.of(c)) {
                case HAN, HANGUL, HIRAGANA, KATAKANA:
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /**
     * The words of a name in order, legal forms removed (unless nothing else is left), numbers spelt out in
     * English as digits ({@link SpelledNumbers}).
     */
    public static String[] tokens(String name) {
        String latin = latin(name);
        if (latin.isEmpty()) return new String[0];
        String[] words = latin.split(" ");
        List<String> kept = new ArrayList<>(words.length);
        int i = 0;
        outer:
        while (i < words.length) {
            for (String[] phrase : LEGAL_FORM_PHRASES) {
                if (startsWith(words, i, phrase)) {
                    i += phrase.length;
                    continue outer;
                }
            }
            if (!LEGAL_FORM_WORDS.contains(words[i])) kept.add(words[i]);
            i++;
        }
        return SpelledNumbers.read(kept.isEmpty() ? words : kept.toArray(String[]::new));
    }

    /**
     * The tokens of a listed name, with its surname marked where the list gives one. The loaders write an
     * individual's name as "Surname, Given names" exactly when the list says which part is the last name (the
     * OFAC files do; the UN list only numbers the parts), so one comma in an individual's name marks it.
     */
    public static NameTokens listed(String name, boolean individual) {
        int comma = name == null ? -1 : name.indexOf(',');
        if (individual && comma > 0 && name.indexOf(',', comma + 1) < 0) {
            String[] last = tokens(name.substring(0, comma));
            String[] given = tokens(name.substring(comma + 1));
            if (last.length > 0 && given.length > 0) {
                String[] all = new String[last.length + given.length];
                boolean[] surname = new boolean[all.length];
                System.arraycopy(last, 0, all, 0, last.length);
                System.arraycopy(given, 0, all, last.length, given.length);
                java.util.Arrays.fill(surname, 0, last.length, true);
                return new NameTokens(all, surname);
            }
        }
        return new NameTokens(tokens(name), null);
    }

    /** Tokens sorted: the key under which two names that differ only in word order are equal. */
    public static String key(String name) {
        String[] tokens = tokens(name);
        Arrays.sort(tokens);
        return String.join(" ", tokens);
    }

    private static boolean startsWith(String[] words, int at, String[] phrase) {
        if (at + phrase.length > words.length) return false;
        for (int k = 0; k < phrase.length; k++) {
            if (!words[at + k].equals(phrase[k])) return false;
        }
        return true;
    }
}
