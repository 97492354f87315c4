package dev.warden.warmup;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Decision requests, as JSON text, in the shapes live traffic has: euro wires between a customer and a standing or a
 * new payee, USDT transfers on Tron, now and then a payee on the watch lists. Every id starts with {@code warmup-}.
 */
final class SyntheticRequests {
    private static final String[] LISTED = {
        "\"name\":\"Garantex Europe OU\",\"type\":\"COMPANY\",\"country\":\"EE\",\"accountId\":\"warmup-ext-listed\"",
        "\"name\":\"Sberbank\",\"type\":\"FINANCIAL_INSTITUTION\",\"country\":\"RU\",\"bic\":\"SABRRUMMXXX\"",
        "\"name\":\"Grinex\",\"type\":\"VASP\",\"walletAddress\":\"TX9aYHBm1fF7XwN8kzvwDuYgXfDGE1TKm9\",\"chain\":\"TRON\""};
    private static final String[] NAMES = {"Anna Schmidt", "Lukas Weber", "Olga Petrova", "Nordwind Logistics GmbH",
        "Helios Trading BV", "Yusuf Haddad", "Meridian Foods SARL", "Chen Rossi"};
    private static final String[] COUNTRIES = {"DE", "NL", "FR", "AT", "IT", "SE", "ES", "PL"};

    private final SplittableRandom random = new SplittableRandom(24);
    private final Instant start = Instant.now();

    /** The n-th request. */
    String next(int n) {
        String id = "warmup-" + n;
        String occurredAt = start.minusSeconds(n).toString();
        int customer = random.nextInt(200);
        String payer = "\"partyId\":\"warmup-cust-%d\",\"name\":\"%s\",\"type\":\"INDIVIDUAL\",\"country\":\"DE\""
                .formatted(customer, NAMES[customer % NAMES.length]);
        int amount = random.nextInt(10) == 0 ? 3_000 + random.nextInt(20_000) : 50 + random.nextInt(2_900);
        int shape = random.nextInt(50);
        if (shape == 0) {
            return """
                    {"transactionId":"%s","occurredAt":"%s","type":"WIRE","amount":"%d.00","currency":"EUR",
                     "originator":{%s,"accountId":"warmup-acc-%d"},"beneficiary":{%s},"channel":"ONLINE"}"""
                    .formatted(id, occurredAt, amount, payer, customer, LISTED[n % LISTED.length]);
        }
        if (shape < 6) {
            return """
                    {"transactionId":"%s","occurredAt":"%s","type":"CRYPTO_TRANSFER","amount":"%d.00","currency":"USDT",
                     "originator":{%s,"walletAddress":"TXwZkPbGn5B6q1RkRyAT8fRr9YTb%06d","chain":"TRON"},
                     "beneficiary":{"name":"%s","type":"INDIVIDUAL","walletAddress":"TQn9Y2khEsLJW1ChVWFMSMeRDow5%06d",
                     "chain":"TRON"},"travelRule":{"originatorComplete":true,"beneficiaryComplete":true}}"""
                    .formatted(id, occurredAt, amount, payer, customer, NAMES[n % NAMES.length], n % 1_000);
        }
        int payee = shape < 45 ? customer * 4 + random.nextInt(4) : 10_000 + random.nextInt(100_000);
        return """
                {"transactionId":"%s","occurredAt":"%s","type":"WIRE","amount":"%d.00","currency":"EUR",
                 "originator":{%s,"accountId":"warmup-acc-%d"},
                 "beneficiary":{"partyId":"warmup-payee-%d","name":"%s","type":"COMPANY","country":"%s",
                 "accountId":"warmup-ext-%d"},"channel":"ONLINE","purpose":"invoice %d"}"""
                .formatted(id, occurredAt, amount, payer, customer, payee, NAMES[payee % NAMES.length],
                        COUNTRIES[payee % COUNTRIES.length], payee, n);
    }
}
