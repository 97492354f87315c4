package dev.warden.screening.load;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as the lists write them ("28 Jul 1963", "Sep 1970", "circa 1955", "29-06-2012") to ISO text. */
public final class ListDates {
    private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("JAN", "01"), Map.entry("FEB", "02"),
            Map.entry("MAR", "03"), Map.entry("APR", "04"), Map.entry("MAY", "05"), Map.entry("JUN", "06"),
            Map.entry("JUL", "07"), Map.entry("AUG", "08"), Map.entry("SEP", "09"), Map.entry("OCT", "10"),
            Map.entry("NOV", "11"), Map.entry("DEC", "12"));
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3})[a-z]* (\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]{3})[a-z]* (\\d{4})");
    private static final Pattern NUMERIC_DMY = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})(-\\d{2}(-\\d{2})?)?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private ListDates() {
    }

    /** yyyy-MM-dd, yyyy-MM or yyyy for the most precise date found in the text; null when there is none. */
    public static String iso(String text) {
        if (text == null) return null;
        String t = text.strip();
        Matcher m = ISO.matcher(t);
        if (m.lookingAt() && (t.length() == m.end() || !Character.isDigit(t.charAt(m.end())))) return m.group();
        m = DAY_MONTH_YEAR.matcher(t);
        if (m.find() && MONTHS.containsKey(m.group(2).toUpperCase(Locale.ROOT))) {
            return m.group(3) + "-" + MONTHS.get(m.group(2).toUpperCase(Locale.ROOT)) + "-" + pad(m.group(1));
        }
        m = NUMERIC_DMY.matcher(t);
        if (m.find()) return m.group(3) + "-" + pad(m.group(2)) + "-" + pad(m.group(1));
        m = MONTH_YEAR.matcher(t);
        if (m.find() && MONTHS.containsKey(m.group(1).toUpperCase(Locale.ROOT))) {
            return m.group(2) + "-" + MONTHS.get(m.group(1).toUpperCase(Locale.ROOT));
        }
        m = YEAR.matcher(t);
        return m.find() ? m.group(1) : null;
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
