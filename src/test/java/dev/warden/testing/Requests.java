package dev.warden.testing;

import java.util.UUID;

/**
 * Request bodies for tests, written as JSON text so that tests send exactly what a payment system would.
 */
public final class Requests {
    private Requests() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** A wire between two bank accounts; the originator is named by partyId. */
    public static String wire(String transactionId, String occurredAt, String amount, String originatorPartyId,
            String originatorAccount, String beneficiaryAccount) {
        return """
                {"transactionId": "%s", "occurredAt": "%s", "type": "WIRE", "amount": "%s", "currency": "USD",
                 "originator": {"partyId": "%s", "name": "Ivan Petrov", "type": "INDIVIDUAL", "country": "KG",
                                "accountId": "%s"},
                 "beneficiary": {"name": "Aurora Trading", "type": "COMPANY", "country": "AE", "accountId": "%s"},
                 "channel": "ONLINE", "purpose": "invoice 77"}
                """.formatted(transactionId, occurredAt, amount, originatorPartyId, originatorAccount, beneficiaryAccount);
    }

    /** A wire from a verified customer to a counterparty at the given bank. */
    public static String wireToBank(String transactionId, String partyId, String amount, String beneficiaryBic) {
        return """
                {"transactionId": "%s", "occurredAt": "2026-11-20T10:15:30Z", "type": "WIRE", "amount": "%s",
                 "currency": "EUR",
                 "originator": {"partyId": "%s", "name": "Anna Weber", "type": "INDIVIDUAL", "country": "DE",
                                "iban": "DE89370400440532013000", "bic": "COBADEFFXXX"},
                 "beneficiary": {"name": "OOO Stroy Invest", "type": "COMPANY", "country": "RU",
                                 "accountId": "40702810000000001234", "bic": "%s"}}
                """.formatted(transactionId, amount, partyId, beneficiaryBic);
    }

    /** A stablecoin transfer from a customer to a wallet on the given chain. */
    public static String cryptoTransfer(String transactionId, String partyId, String amount, String wallet,
            String chain) {
        return """
                {"transactionId": "%s", "occurredAt": "2026-11-20T10:15:30Z", "type": "CRYPTO_TRANSFER",
                 "amount": "%s", "currency": "USDT",
                 "originator": {"partyId": "%s", "name": "Ivan Petrov", "type": "INDIVIDUAL", "country": "KG",
                                "walletAddress": "%s", "chain": "TRON"},
                 "beneficiary": {"name": "Exchange customer", "type": "VASP", "walletAddress": "%s", "chain": "%s"},
                 "travelRule": {"originatorComplete": true, "beneficiaryComplete": true}}
                """.formatted(transactionId, amount, partyId, tronWallet(), wallet, chain);
    }

    /** A fresh, well-formed Tron address, so that tests do not share a wallet's history. */
    public static String tronWallet() {
        String base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        StringBuilder address = new StringBuilder("T");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 33; i++) address.append(base58.charAt(random.nextInt(base58.length())));
        return address.toString();
    }

    /** A verified, current KYC profile. */
    public static String verifiedProfile(String name) {
        return profile(name, "VERIFIED", "2026-01-10", "2027-01-10");
    }

    public static String profile(String name, String status, String verifiedAt, String expiresAt) {
        return """
                {"name": "%s", "type": "INDIVIDUAL", "country": "KG", "kycStatus": "%s", "kycLevel": 2,
                 "verifiedAt": %s, "expiresAt": %s, "riskRating": "LOW", "pep": false,
                 "beneficialOwnersKnown": true, "declaredMonthlyVolumeUsd": 20000, "accountOpenedOn": "2025-12-01"}
                """.formatted(name, status, quoted(verifiedAt), quoted(expiresAt));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
