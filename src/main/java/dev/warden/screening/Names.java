package dev.warden.screening;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Name normalisation shared by the index and the query side: accents stripped, case folded, punctuation to
 * spaces, legal-form words dropped, tokens sorted so that word order does not matter.
 */
public final class Names {
    static final Set<String> LEGAL_FORMS = Set.of("LLC", "LTD", "LIMITED", "OOO", "OAO", "ZAO", "PAO", "AO", "PJSC",
            "OJSC", "CJSC", "JSC", "INC", "CORP", "CORPORATION", "GMBH", "AG", "SA", "OU", "PLC", "CO", "COMPANY",
            "LLP", "BV", "NV", "SRL", "SPA", "FZE", "FZCO", "DMCC");

    private Names() {
    }

    /** Upper-case ASCII tokens in sorted order, legal forms removed, joined by single spaces. */
    public static String key(String name) {
        return String.join(" ", tokens(name));
    }

    public static String[] tokens(String name) {
        if (name == null) return new String[0];
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return Arrays.stream(ascii.toUpperCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(t -> !t.isEmpty() && !LEGAL_FORMS.contains(t))
                .sorted()
                .toArray(String[]::new);
    }

    static String joinDistinct(java.util.Collection<String> values) {
        return values.stream().distinct().collect(Collectors.joining(","));
    }
}
