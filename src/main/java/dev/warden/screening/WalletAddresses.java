package dev.warden.screening;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The case rule and chain of a crypto address. EVM hex addresses and bech32 addresses are case-insensitive, so
 * they compare in lower case; base58 addresses (Bitcoin legacy, Tron, Solana) are case-sensitive and compare as
 * written. Lists label some addresses only by token (USDT lives on several chains), so the chain is derived from
 * the address format where it can be.
 */
public final class WalletAddresses {
    private static final Pattern EVM = Pattern.compile("0[xX][0-9a-fA-F]{40}");
    private static final Pattern TRON = Pattern.compile("T[1-9A-HJ-NP-Za-km-z]{33}");
    private static final Pattern BECH32 = Pattern.compile("(?i)(bc1|ltc1|tb1)[02-9ac-hj-np-z]{6,87}");
    private static final Pattern BTC_BASE58 = Pattern.compile("[13][1-9A-HJ-NP-Za-km-z]{25,34}");

    private WalletAddresses() {
    }

    /** The form an address is compared in. */
    public static String normalise(String address) {
        String trimmed = address.strip();
        if (EVM.matcher(trimmed).matches() || BECH32.matcher(trimmed).matches()) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        return trimmed;
    }

    /** ETHEREUM (any EVM chain), TRON, BITCOIN, or null when the format says nothing certain. */
    public static String chainOf(String address) {
        String trimmed = address.strip();
        if (EVM.matcher(trimmed).matches()) return "ETHEREUM";
        if (TRON.matcher(trimmed).matches()) return "TRON";
        if (BECH32.matcher(trimmed).matches() && trimmed.toLowerCase(Locale.ROOT).startsWith("bc1")) return "BITCOIN";
        if (BTC_BASE58.matcher(trimmed).matches()) return "BITCOIN";
        return null;
    }
}
