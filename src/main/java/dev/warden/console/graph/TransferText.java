package dev.warden.console.graph;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How amounts and times read on the console: grouped digits without trailing zeros, UTC to the minute. */
public final class TransferText {
    private static final DateTimeFormatter SHORT_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** Up to 18 decimals: a crypto asset's smallest unit, as amounts are stored. */
    private static final String AMOUNT_PATTERN = "#,##0.##################";

    private TransferText() {
    }

    public static String amount(BigDecimal amount, String currency) {
        if (amount == null) return "";
        DecimalFormat format = new DecimalFormat(AMOUNT_PATTERN, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        String digits = format.format(amount);
        return currency == null ? digits : digits + " " + currency;
    }

    public static String time(Instant at) {
        return at == null ? "" : SHORT_UTC.format(at);
    }

    /** One transfer as a sentence, for titles and the text alternative of a drawing. */
    public static String sentence(Transfer t) {
        return t.from() + " paid " + t.to() + " " + amount(t.amount(), t.currency()) + " on " + time(t.occurredAt())
                + " (transaction " + t.transactionId() + (t.decided() ? ", the decided transfer" : "") + ")";
    }
}
