package dev.warden.facts;

/** How money moves. EXCHANGE is a conversion between assets (for example rubles to a stablecoin). */
public enum TransactionType {
    WIRE, ACH, SEPA, CARD, CASH_DEPOSIT, CASH_WITHDRAWAL, INTERNAL_TRANSFER, CRYPTO_TRANSFER, EXCHANGE
}
