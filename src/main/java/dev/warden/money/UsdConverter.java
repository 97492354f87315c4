package dev.warden.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import dev.warden.facts.ReferenceLists;

/**
 * Converts amounts to US dollars with the rates in the rule set's {@code fx-usd-rates} list, so rates are
 * versioned with the rules that use them and a replay converts exactly as the live decision did.
 */
public final class UsdConverter {
    public static final String LIST = "fx-usd-rates";

    private UsdConverter() {
    }

    /** The USD value of the amount, to the cent; empty when the currency has no rate (an unknown code). */
    public static Optional<BigDecimal> toUsd(ReferenceLists lists, BigDecimal amount, String currency) {
        return rate(lists, currency).map(rate -> amount.multiply(rate).setScale(2, RoundingMode.HALF_EVEN));
    }

    public static boolean isCrypto(ReferenceLists lists, String currency) {
        return "CRYPTO".equalsIgnoreCase(lists.get(LIST).attribute(currency, "kind"));
    }

    private static Optional<BigDecimal> rate(ReferenceLists lists, String currency) {
        String rate = lists.get(LIST).attribute(currency, "usd_per_unit");
        return rate == null ? Optional.empty() : Optional.of(new BigDecimal(rate));
    }
}
