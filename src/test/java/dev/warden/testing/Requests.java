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

    /** A verified, current KYC profile. */
    public static String verifiedProfile(String name) {
        return """
                {"name": "%s", "type": "INDIVIDUAL", "country": "KG", "kycStatus": "VERIFIED", "kycLevel": 2,
                 "verifiedAt": "2026-01-10", "expiresAt": "2027-01-10", "riskRating": "LOW", "pep": false,
                 "beneficialOwnersKnown": true, "declaredMonthlyVolumeUsd": 20000, "accountOpenedOn": "2025-12-01"}
                """.formatted(name);
    }
}
