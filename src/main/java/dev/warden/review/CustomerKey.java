package dev.warden.review;

/**
 * Whose case an alert joins: the originator's partyId, else the beneficiary's partyId (a known customer
 * receiving), else the originator's account key, else the beneficiary's, else the transaction alone. Prefixed,
 * so that a partyId and an account key that happen to be equal stay two customers.
 */
final class CustomerKey {
    private CustomerKey() {
    }

    static String of(String originatorPartyId, String beneficiaryPartyId, String originatorAccount,
            String beneficiaryAccount, String transactionId) {
        if (originatorPartyId != null) return party(originatorPartyId);
        if (beneficiaryPartyId != null) return party(beneficiaryPartyId);
        if (originatorAccount != null) return "account:" + originatorAccount;
        if (beneficiaryAccount != null) return "account:" + beneficiaryAccount;
        return "transaction:" + transactionId;
    }

    static String party(String partyId) {
        return "party:" + partyId;
    }
}
