package dev.warden.screening.list;

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

    /** Currency labels that name their chain; tokens such as USDT and USDC are not here (they live on several). */
    private static final java.util.Map<String, String> CHAIN_OF_LABEL = java.util.Map.ofEntries(
            java.util.Map.entry("XBT", "BITCOIN"), java.util.Map.entry("BTC", "BITCOIN"),
            java.util.Map.entry("ETH", "ETHEREUM"), java.util.Map.entry("LTC", "LITECOIN"),
            java.util.Map.entry("XMR", "MONERO"), java.util.Map.entry("ZEC", "ZCASH"),
            java.util.Map.entry("DASH", "DASH"), java.util.Map.entry("BTG", "BITCOIN_GOLD"),
            java.util.Map.entry("ETC", "ETHEREUM_CLASSIC"), java.util.Map.entry("BSV", "BITCOIN_SV"),
            java.util.Map.entry("BCH", "BITCOIN_CASH"), java.util.Map.entry("XVG", "VERGE"),
            java.util.Map.entry("TRX", "TRON"), java.util.Map.entry("XRP", "RIPPLE"),
            java.util.Map.entry("BNB", "BSC"), java.util.Map.entry("BSC", "BSC"),
            java.util.Map.entry("ARB", "ARBITRUM"), java.util.Map.entry("SOL", "SOLANA"));

    /**
     * The chain of a listed address: from the currency label where it names one (XBT, ETH, TRX...), else from
     * the address format (USDT "0x..." is an ERC-20 token on Ethereum, "T..." a TRC-20 token on Tron). Null when
     * neither says.
     */
    public static String chainFor(String currencyLabel, String address) {
        String label = currencyLabel == null ? "" : currencyLabel.strip().toUpperCase(Locale.ROOT);
        String chain = CHAIN_OF_LABEL.get(label);
        if (chain == null && CHAIN_OF_LABEL.containsValue(label)) chain = label;
        return chain != null ? chain : chainOf(address);
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
