package dev.warden.validation;

import java.util.Set;

/**
 * What text a client may send: PostgreSQL cannot store NUL in text or jsonb, and other control characters in a
 * name or an identifier are never meant and only hide what a person reads. Rejected in every field: U+0000 to
 * U+001F and U+007F to U+009F (C0, DEL and C1 controls) and unpaired surrogates (not Unicode text). The free-text
 * fields (a transfer's purpose, an officer's reason, comment or narrative: a report keeps the narrative's line
 * breaks) may hold tab, line feed and carriage return; every other field
 * is a single line. The same rule covers query and path parameters.
 */
public final class ClientText {
    /** Fields a person writes as prose, where line breaks and tabs are legitimate. */
    public static final Set<String> FREE_TEXT_FIELDS = Set.of("purpose", "reason", "comment", "narrative");

    private ClientText() {
    }

    /** Why the value may not be accepted in the named field, or null when it may. */
    public static String problem(String field, String value) {
        if (value == null) return null;
        boolean freeText = field != null && FREE_TEXT_FIELDS.contains(field);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be Unicode text: an unpaired surrogate U+%04X at character %d".formatted((int) c, i + 1);
            } else if (isControl(c) && !(freeText && (c == '\t' || c == '\n' || c == '\r'))) {
                return "must not contain the control character U+%04X (at character %d)%s".formatted((int) c, i + 1,
                        freeText ? "; tab and line breaks are allowed here" : "");
            }
        }
        return null;
    }

    private static boolean isControl(char c) {
        return c <= 0x1F || (c >= 0x7F && c <= 0x9F);
    }
}
