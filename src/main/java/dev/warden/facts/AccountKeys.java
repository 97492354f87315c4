package dev.warden.facts;

/**
 * One rule for naming an account in history, shared by the request side and the stored side so that a window
 * query finds what an earlier decision recorded.
 */
public final class AccountKeys {
    private AccountKeys() {
    }

    public static String of(String accountId, String iban, String chain, String walletAddress) {
        if (accountId != null && !accountId.isBlank()) return accountId;
        if (iban != null && !iban.isBlank()) return "iban:" + iban;
        if (walletAddress != null && !walletAddress.isBlank()) {
            return (chain == null ? "wallet" : chain) + ":" + walletAddress;
        }
        return null;
    }
}
