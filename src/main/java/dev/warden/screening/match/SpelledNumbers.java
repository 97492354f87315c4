package dev.warden.screening.match;

import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * Numbers written out in English words read as digits, so a name that spells a number and one that writes it
 * agree: "Brigade Forty-Four" is BRIGADE 44, "Three Percenters" 3 PERCENTERS, "First International Bank" 1ST
 * INTERNATIONAL BANK. ICU's rule-based spell-out does both halves: the words it uses to spell numbers are the
 * only ones looked at, and a run of them is read as a number only when ICU spells that number exactly so (up to
 * hyphens), which leaves a lone HUNDRED or a misspelt FOURTY as words.
 */
final class SpelledNumbers {
    private static final String CARDINAL = "%spellout-cardinal";
    private static final String ORDINAL = "%spellout-ordinal";
    /** The longest run of number words read as one number (ONE HUNDRED TWENTY THREE THOUSAND FOUR is five). */
    private static final int LONGEST = 6;
    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT));
    private static final ThreadLocal<RuleBasedNumberFormat> ORDINAL_DIGITS = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.ORDINAL));
    /** Every word ICU spells 0 to 100 and the powers of a thousand with, as cardinals and as ordinals. */
    private static final Set<String> WORDS = words();

    private SpelledNumbers() {
    }

    private static Set<String> words() {
        RuleBasedNumberFormat spellout = SPELLOUT.get();
        Set<String> words = new HashSet<>();
        List<Long> numbers = new ArrayList<>();
        for (long n = 0; n <= 100; n++) numbers.add(n);
        numbers.addAll(List.of(1_000L, 1_000_000L, 1_000_000_000L));
        for (long n : numbers) {
            for (String ruleSet : new String[] {CARDINAL, ORDINAL}) {
                for (String word : spellout.format(n, ruleSet).split("[\\s\\-]+")) words.add(word.toUpperCase(Locale.ROOT));
            }
        }
        return Set.copyOf(words);
    }

    /** The tokens with each run of number words that spells a number replaced by its digits; else the same array. */
    static String[] read(String[] tokens) {
        List<String> out = null;
        for (int i = 0; i < tokens.length; ) {
            int run = 0;
            while (i + run < tokens.length && run < LONGEST && WORDS.contains(tokens[i + run])) run++;
            String number = null;
            int length = run;
            while (length > 0 && (number = number(tokens, i, length)) == null) length--;
            if (number == null) {
                if (out != null) out.add(tokens[i]);
                i++;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.length);
                for (int k = 0; k < i; k++) out.add(tokens[k]);
            }
            out.add(number);
            i += length;
        }
        return out == null ? tokens : out.toArray(String[]::new);
    }

    /**
     * The digits of tokens[from, from + length) when ICU spells some number exactly as those words, with a space
     * or a hyphen between each two (FORTY FOUR is forty-four): 44, or 44TH for an ordinal. Null otherwise.
     */
    private static String number(String[] tokens, int from, int length) {
        RuleBasedNumberFormat spellout = SPELLOUT.get();
        for (int joints = 0; joints < 1 << (length - 1); joints++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < length; k++) {
                if (k > 0) text.append((joints >> (k - 1) & 1) == 1 ? '-' : ' ');
                text.append(tokens[from + k].toLowerCase(Locale.ROOT));
            }
            String written = text.toString();
            ParsePosition position = new ParsePosition(0);
            Number parsed = spellout.parse(written, position);
            if (parsed == null || position.getIndex() != written.length()) continue;
            long n = parsed.longValue();
            if (n < 0 || parsed.doubleValue() != n) continue;
            if (spellout.format(n, CARDINAL).equals(written)) return Long.toString(n);
            if (spellout.format(n, ORDINAL).equals(written)) return ORDINAL_DIGITS.get().format(n).toUpperCase(Locale.ROOT);
        }
        return null;
    }
}
