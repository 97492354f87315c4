package dev.warden.reporting.fincen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.warden.reporting.ReportProblem;

/**
 * Fits values to the schema's string types, and collects what cannot be fitted.
 *
 * <p>Every restricted string of the schema must be one line without leading, trailing or repeated spaces
 * ({@code \S+( +\S+)*}) and at most a length: whitespace runs become one space and characters XML cannot carry
 * are dropped. Then names, addresses and other free text are cut at the length (the schema's limit, counted in
 * characters as XSD does); identifiers (TINs, account and ID numbers, phone numbers, codes) are never cut, since a
 * shortened number names someone else: one that is too long is refused, naming its field.
 */
final class SarFields {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{Alnum}]");

    private final List<ReportProblem> problems = new ArrayList<>();

    /** Free text cut to {@code max} characters; null when empty. */
    String text(String value, int max) {
        String line = line(value);
        return line == null ? null : cut(line, max);
    }

    /** An identifier as written, refused when longer than {@code max}; null when empty. */
    String identifier(String field, String value, int max) {
        return fit(field, line(value), max);
    }

    /** An identifier reduced to letters and digits (TINs, phone numbers, ZIP codes), refused when too long. */
    String alphanumeric(String field, String value, int max) {
        String line = line(value);
        return fit(field, line == null ? null : emptyToNull(NOT_ALPHANUMERIC.matcher(line).replaceAll("")), max);
    }

    /** A problem, once: the filer's address is written for two parties, its problems are reported once. */
    void problem(String field, String reason) {
        ReportProblem problem = new ReportProblem(field, reason);
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }

    List<ReportProblem> problems() {
        return problems;
    }

    /** The value without characters XML 1.0 cannot carry; line breaks kept, other controls dropped. */
    static String xmlText(String value) {
        StringBuilder text = new StringBuilder(value.length());
        value.codePoints().filter(SarFields::isXmlChar).forEach(text::appendCodePoint);
        return text.toString();
    }

    /** The first {@code max} characters (code points, so that a surrogate pair is never split). */
    static String cut(String value, int max) {
        if (value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max)).stripTrailing();
    }

    static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    private String fit(String field, String value, int max) {
        if (value != null && length(value) > max) {
            problem(field, "is " + length(value) + " characters, the FinCEN SAR allows " + max);
            return null;
        }
        return value;
    }

    private static String line(String value) {
        if (value == null) {
            return null;
        }
        return emptyToNull(WHITESPACE.matcher(xmlText(value)).replaceAll(" ").strip());
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static boolean isXmlChar(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
