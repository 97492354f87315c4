package dev.warden.iso20022;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The facets of the official pacs.008.001.08 and pain.001.001.09 schemas that Prowide's model (and so the schema
 * JAXB writes back from it) does not hold: text lengths, identifier patterns and amount digits. One table, element
 * to rule, over the elements a credit transfer of either message carries; the first row whose element pattern
 * matches the element's path (positions left out) applies. Types as the ISO 20022 XSDs name them.
 */
final class SchemaFacets {
    private SchemaFacets() {
    }

    /** A simple type of the schema: its name, and a pattern or a length range. */
    record Rule(String type, Pattern pattern, int minLength, int maxLength) {
        static Rule text(String type, int maxLength) {
            return new Rule(type, null, 1, maxLength);
        }

        static Rule pattern(String type, String regex) {
            return new Rule(type, Pattern.compile(regex), 0, Integer.MAX_VALUE);
        }

        /** Why {@code value} breaks the rule, or null when it does not. */
        String problem(String value) {
            if (pattern != null) {
                return pattern.matcher(value).matches() ? null
                        : "not a valid " + type + " (pattern " + pattern.pattern() + ")";
            }
            int length = value.codePointCount(0, value.length());
            if (length < minLength || length > maxLength) {
                return type + " holds " + minLength + " to " + maxLength + " characters; this one has " + length;
            }
            return null;
        }
    }

    private record Row(Pattern element, Rule rule) {
    }

    static final Rule MAX_35 = Rule.text("Max35Text", 35);
    static final Rule MAX_140 = Rule.text("Max140Text", 140);
    static final Rule BIC = Rule.pattern("BICFIDec2014Identifier", "[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    /** ActiveOrHistoricCurrencyCode, the Ccy of every amount. */
    static final Rule CURRENCY = Rule.pattern("ActiveOrHistoricCurrencyCode", "[A-Z]{3}");
    /** ActiveCurrencyAndAmount and ActiveOrHistoricCurrencyAndAmount: at most 18 digits, 5 of them decimals. */
    static final int AMOUNT_TOTAL_DIGITS = 18;
    static final int AMOUNT_FRACTION_DIGITS = 5;

    /** Element (its path, positions left out, as a pattern over the end of it) to rule; the first match applies. */
    private static final List<Row> TABLE = List.of(
            row("/GrpHdr/MsgId", MAX_35),
            row("/PmtInf/PmtInfId", MAX_35),
            row("/PmtId/(InstrId|EndToEndId|TxId)", MAX_35),
            row("/PmtId/UETR", Rule.pattern("UUIDv4Identifier",
                    "[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}")),
            row("/GrpHdr/NbOfTxs|/PmtInf/NbOfTxs", Rule.pattern("Max15NumericText", "[0-9]{1,15}")),
            row("/Nm", MAX_140),
            row("/IBAN", Rule.pattern("IBAN2007Identifier", "[A-Z]{2}[0-9]{2}[a-zA-Z0-9]{1,30}")),
            row("Acct/Id/Othr/Id", Rule.text("Max34Text", 34)),
            row("/Othr/Id", MAX_35),
            row("/BICFI", BIC),
            row("/AnyBIC", new Rule("AnyBICDec2014Identifier", BIC.pattern(), 0, Integer.MAX_VALUE)),
            row("/(Ctry|CtryOfRes)", Rule.pattern("CountryCode", "[A-Z]{2}")),
            row("/ClrSysMmbId/MmbId", MAX_35),
            row("/ClrSysId/Cd", Rule.text("ExternalClearingSystemIdentification1Code", 5)),
            row("/RmtInf/Ustrd", MAX_140),
            row("/CdtrRefInf/Ref", MAX_35),
            row("/Strd/AddtlRmtInf", MAX_140),
            row("/(Purp|SvcLvl|CtgyPurp)/Cd", Rule.text("Max4Text (an external code)", 4)),
            row("/(Purp|SvcLvl|CtgyPurp|LclInstrm)/Prtry", MAX_35),
            row("/LclInstrm/Cd", Rule.text("ExternalLocalInstrument1Code", 35)),
            row("/PstlAdr/(AdrLine|StrtNm)", Rule.text("Max70Text", 70)),
            row("/PstlAdr/(BldgNb|PstCd)", Rule.text("Max16Text", 16)),
            row("/PstlAdr/TwnNm", MAX_35));

    private static Row row(String element, Rule rule) {
        return new Row(Pattern.compile(".*(" + element + ")"), rule);
    }

    /** Why the text of the element at {@code path} breaks its schema type, or null (also for an element not in the table). */
    static String problem(String path, String text) {
        String bare = path.replaceAll("\\[\\d+]", "");
        for (Row row : TABLE) {
            if (row.element().matcher(bare).matches()) return row.rule().problem(text);
        }
        return null;
    }

    /** Why an amount's text breaks ActiveOrHistoricCurrencyAndAmount's digits, or null (the schema checks it is a decimal). */
    static String amountProblem(String text) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        // As XML Schema counts them: the value is i / 10^fraction with i of total digits, zeros at either end left out.
        BigDecimal stripped = amount.stripTrailingZeros();
        int fraction = Math.max(stripped.scale(), 0);
        int total = stripped.scale() < 0 ? stripped.precision() - stripped.scale() : stripped.precision();
        if (fraction > AMOUNT_FRACTION_DIGITS) {
            return "an amount has at most " + AMOUNT_FRACTION_DIGITS + " decimals; this one has " + fraction;
        }
        if (total > AMOUNT_TOTAL_DIGITS) {
            return "an amount has at most " + AMOUNT_TOTAL_DIGITS + " digits; this one has " + total;
        }
        return null;
    }
}
