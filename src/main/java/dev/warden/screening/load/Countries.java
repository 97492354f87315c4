package dev.warden.screening.load;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names as lists write them ("Russia", "Iran (Islamic Republic of)", "Korea, North") to ISO 3166-1
 * alpha-2 codes: the JDK's English names plus the forms the UN, OFAC and UK lists use that differ from them.
 */
public final class Countries {
    private static final Map<String, String> BY_NAME = new HashMap<>();
    private static final java.util.Set<String> CODES = new java.util.HashSet<>(java.util.Set.of(Locale.getISOCountries()));

    static {
        for (String code : Locale.getISOCountries()) {
            BY_NAME.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        String[][] extra = {
                {"RUSSIAN FEDERATION", "RU"}, {"IRAN ISLAMIC REPUBLIC OF", "IR"}, {"SYRIAN ARAB REPUBLIC", "SY"},
                {"DEMOCRATIC PEOPLE S REPUBLIC OF KOREA", "KP"}, {"KOREA NORTH", "KP"}, {"NORTH KOREA", "KP"},
                {"KOREA SOUTH", "KR"}, {"REPUBLIC OF KOREA", "KR"}, {"SOUTH KOREA", "KR"},
                {"DEMOCRATIC REPUBLIC OF THE CONGO", "CD"}, {"CONGO DEMOCRATIC REPUBLIC OF THE", "CD"},
                {"CONGO REPUBLIC OF THE", "CG"}, {"REPUBLIC OF THE CONGO", "CG"}, {"BURMA", "MM"},
                {"VIET NAM", "VN"}, {"LAO PEOPLE S DEMOCRATIC REPUBLIC", "LA"}, {"UNITED REPUBLIC OF TANZANIA", "TZ"},
                {"BOLIVIA PLURINATIONAL STATE OF", "BO"}, {"VENEZUELA BOLIVARIAN REPUBLIC OF", "VE"},
                {"UNITED STATES OF AMERICA", "US"}, {"UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "GB"},
                {"UK", "GB"}, {"USA", "US"}, {"THE BAHAMAS", "BS"}, {"BAHAMAS THE", "BS"}, {"GAMBIA THE", "GM"},
                {"COTE D IVOIRE", "CI"}, {"IVORY COAST", "CI"}, {"CZECH REPUBLIC", "CZ"}, {"TURKEY", "TR"},
                {"TURKIYE", "TR"}, {"STATE OF PALESTINE", "PS"}, {"PALESTINIAN", "PS"}, {"WEST BANK", "PS"},
                {"GAZA", "PS"}, {"MOLDOVA REPUBLIC OF", "MD"}, {"REPUBLIC OF MOLDOVA", "MD"}, {"KOSOVO", "XK"},
                {"MACAU", "MO"}, {"HONG KONG", "HK"}, {"TAIWAN", "TW"}, {"BRUNEI DARUSSALAM", "BN"},
                {"CABO VERDE", "CV"}, {"SWAZILAND", "SZ"}, {"ESWATINI", "SZ"}, {"NORTH MACEDONIA", "MK"},
                {"THE FORMER YUGOSLAV REPUBLIC OF MACEDONIA", "MK"}, {"KYRGYZ REPUBLIC", "KG"},
                {"CRIMEA", "UA"}, {"REGION CRIMEA", "UA"}, {"SAINT KITTS AND NEVIS", "KN"},
                {"ST KITTS AND NEVIS", "KN"}, {"ST VINCENT AND THE GRENADINES", "VC"}, {"SAINT LUCIA", "LC"},
                {"MICRONESIA FEDERATED STATES OF", "FM"}, {"NETHERLANDS ANTILLES", "CW"}, {"CURACAO", "CW"},
                {"BOSNIA HERZEGOVINA", "BA"}, {"TIMOR LESTE", "TL"}, {"EAST TIMOR", "TL"}};
        for (String[] pair : extra) BY_NAME.put(pair[0], pair[1]);
    }

    private Countries() {
    }

    /** The ISO alpha-2 code for a country name or code, or null when the name is not a country we know. */
    public static String iso2(String nameOrCode) {
        if (nameOrCode == null) return null;
        String trimmed = nameOrCode.strip();
        if (trimmed.length() == 2) {
            String code = trimmed.toUpperCase(Locale.ROOT);
            return CODES.contains(code) || code.equals("XK") ? code : null;
        }
        return BY_NAME.get(key(trimmed));
    }

    private static String key(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", " ").strip();
    }
}
