package dev.warden.screening.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.warden.screening.list.WatchListEntry.IdentifierKind;

/**
 * The remarks field of the OFAC CSV files, where OFAC puts everything the fixed columns do not hold: dates of
 * birth, nationality, identifiers, digital-currency addresses and the weak a.k.a.s (OFAC lists only strong
 * aliases in alt.csv; the weak ones appear here in single quotes).
 */
final class OfacRemarks {
    private static final Pattern WALLET = Pattern.compile("Digital Currency Address - ([A-Za-z0-9]+) (\\S+)");
    private static final Pattern WEAK_ALIAS = Pattern.compile("^[afn]\\.k\\.a\\.,? '(.+)'$");
    private static final Pattern DOB = Pattern.compile("^DOB (.+)$");
    private static final Pattern NATIONALITY = Pattern.compile("^(?:nationality|citizen|Nationality of Registration) (.+)$");
    private static final Pattern BIC = Pattern.compile("^SWIFT/BIC ([A-Z0-9]{8,11})\\b.*$");
    private static final Pattern IMO = Pattern.compile("^(?:Vessel Registration Identification )?IMO (\\d{7})\\b.*$");
    private static final Pattern ID = Pattern.compile("^(Passport|Diplomatic Passport|National ID No\\.|Tax ID No\\.|"
            + "Registration Number|Registration ID|Company Number|UK Company Number|Business Registration Number|"
            + "Business Registration Document #|Legal Entity Number|Commercial Registry Number|Public Registration Number|"
            + "Identification Number|Cedula No\\.|D\\.N\\.I\\.|SSN|NIT #|RUC #|R\\.F\\.C\\.|C\\.U\\.I\\.T\\.|C\\.U\\.R\\.P\\.|"
            + "V\\.A\\.T\\. Number|Government Gazette Number|Trade License No\\.|MSB Registration Number|IBAN) "
            + "(\\S+(?: \\S+)??)(?: \\((.+)\\))?$");

    private OfacRemarks() {
    }

    static void apply(String remarks, EntryBuilder entry) {
        if (remarks == null) return;
        String text = remarks.strip();
        if (text.endsWith(".")) text = text.substring(0, text.length() - 1);
        for (String raw : text.split(";")) {
            String item = raw.strip();
            if (item.startsWith("alt. ")) item = item.substring(5).strip();
            Matcher m = WALLET.matcher(item);
            if (m.find()) {
                entry.wallet(m.group(1), m.group(2));
                continue;
            }
            if ((m = WEAK_ALIAS.matcher(item)).matches()) {
                entry.name(m.group(1), false, true);
            } else if ((m = DOB.matcher(item)).matches()) {
                entry.birthDate(ListDates.iso(m.group(1)));
            } else if ((m = NATIONALITY.matcher(item)).matches()) {
                entry.country(Countries.iso2(m.group(1)));
            } else if ((m = BIC.matcher(item)).matches()) {
                entry.identifier(IdentifierKind.BIC, m.group(1), "SWIFT/BIC");
            } else if ((m = IMO.matcher(item)).matches()) {
                entry.identifier(IdentifierKind.IMO, m.group(1), "IMO");
            } else if ((m = ID.matcher(item)).matches()) {
                entry.identifier(IdentifierKinds.of(m.group(1)), m.group(2), m.group(1));
            }
        }
    }
}
