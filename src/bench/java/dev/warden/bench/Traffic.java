package dev.warden.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The requests of one service's run: a realistic mix over {@code customers} customer accounts.
 *
 * <ul>
 * <li>Customers: 70% with a verified KYC profile (pushed by {@link #profile} before the run), the others known only
 * by their partyId (no profile: an unknown customer, whose transfers above 3,000 USD are REVIEWed).</li>
 * <li>Who pays: 2% of the customers are busy and send 20% of the transfers; 90% of the transfers go to one of
 * the payer's four standing payees, so counterparties repeat and history builds up.</li>
 * <li>What: 88% EUR wires, 10% USDT on Tron (mostly under 1,000 USD), 2% transfers to a party on the lists (OFAC SDN, UN, seed) by name,
 * BIC or wallet, so that screening finds something.</li>
 * <li>When: a clock of its own that moves two minutes per request from 2026-01-01, so that a busy account's
 * 30-day window holds a bounded number of rows however long the run (wall-clock time would pile a whole run
 * into one window).</li>
 * </ul>
 */
final class Traffic {
    static final double VERIFIED_SHARE = 0.7;
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration TICK = Duration.ofMinutes(2);
    private static final int STANDING_PAYEES = 4;
    private static final String[] FIRST = {"Anna", "Lukas", "Marie", "Jonas", "Sofia", "Elias", "Mia", "Noah", "Lena",
        "Paul", "Clara", "Felix", "Hannah", "Leon", "Emma", "Ben", "Laura", "David", "Julia", "Tim", "Sara", "Omar",
        "Ivan", "Olga", "Yusuf", "Fatima", "Chen", "Ana", "Pedro", "Nina"};
    private static final String[] LAST = {"Schmidt", "Mueller", "Weber", "Fischer", "Wagner", "Becker", "Hoffmann",
        "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Braun", "Zimmermann", "Hartmann", "Krueger",
        "Lange", "Petrov", "Ivanova", "Haddad", "Rahman", "Silva", "Rossi", "Novak", "Kowalski", "Jansen", "Dubois",
        "Garcia", "Nielsen"};
    private static final String[] TRADE = {"Nordwind", "Alpen", "Rhein", "Baltic", "Helios", "Atlas", "Orion",
        "Vega", "Delta", "Summit", "Harbor", "Meridian", "Polar", "Granite", "Cobalt", "Amber"};
    private static final String[] LINE = {"Logistics", "Trading", "Systems", "Foods", "Textiles", "Energy", "Media",
        "Consulting", "Tools", "Pharma", "Freight", "Metals"};
    private static final String[] FORM = {"GmbH", "BV", "SARL", "Ltd", "AG", "SpA", "AB"};
    private static final String[] COUNTRIES = {"DE", "NL", "FR", "AT", "IT", "SE", "ES", "BE", "PL", "GB"};
    /** Listed parties (OFAC SDN, UN, the seed list) as a payment names them. */
    private static final String[] LISTED = {
        "\"name\":\"Garantex Europe OU\",\"type\":\"COMPANY\",\"country\":\"EE\",\"accountId\":\"ext-garantex\"",
        "\"name\":\"A7 LLC\",\"type\":\"COMPANY\",\"country\":\"RU\",\"accountId\":\"ext-a7\"",
        "\"name\":\"Sberbank\",\"type\":\"FINANCIAL_INSTITUTION\",\"country\":\"RU\",\"accountId\":\"ext-sber\",\"bic\":\"SABRRUMMXXX\"",
        "\"name\":\"Grinex\",\"type\":\"VASP\",\"walletAddress\":\"TX9aYHBm1fF7XwN8kzvwDuYgXfDGE1TKm9\",\"chain\":\"TRON\"",
        "\"name\":\"Islamic Revolutionary Guard Corps\",\"type\":\"COMPANY\",\"country\":\"IR\",\"accountId\":\"ext-irgc\"",
    };

    private final int customers;
    private final String run;
    private final AtomicLong sequence = new AtomicLong();

    /** {@code run}: a prefix that keeps this run's transaction ids apart from any earlier run's on the same database. */
    Traffic(int customers, String run) {
        this.customers = customers;
        this.run = run;
    }

    static String partyId(int customer) {
        return "cust-" + customer;
    }

    static boolean verified(int customer) {
        return new Random(customer * 7919L).nextDouble() < VERIFIED_SHARE;
    }

    static String name(int customer) {
        Random r = new Random(customer);
        return FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
    }

    /** The KYC profile of a verified customer, for {@code PUT /v1/parties/cust-N}. */
    static String profile(int customer) {
        return """
                {"name":"%s","type":"INDIVIDUAL","country":"DE","kycStatus":"VERIFIED","kycLevel":2,
                 "verifiedAt":"2025-06-01","expiresAt":"2099-12-31","riskRating":"LOW","pep":false,
                 "declaredMonthlyVolumeUsd":"60000","accountOpenedOn":"2024-03-01"}""".formatted(name(customer));
    }

    /** The next request's body. */
    String next() {
        long n = sequence.incrementAndGet();
        Random r = ThreadLocalRandom.current();
        int from = payer(r);
        String occurredAt = EPOCH.plus(TICK.multipliedBy(n)).toString();
        String id = run + "-" + n;
        String originator = "\"partyId\":\"%s\",\"name\":\"%s\",\"type\":\"INDIVIDUAL\",\"country\":\"DE\""
                .formatted(partyId(from), name(from));
        int roll = r.nextInt(100);
        if (roll < 2) {
            return """
                    {"transactionId":"%s","occurredAt":"%s","type":"WIRE","amount":"%d.00","currency":"EUR",
                     "originator":{%s,"accountId":"acc-%d"},"beneficiary":{%s},"channel":"ONLINE","purpose":"invoice %d"}"""
                    .formatted(id, occurredAt, 200 + r.nextInt(5000), originator, from, LISTED[r.nextInt(LISTED.length)],
                            r.nextInt(100_000));
        }
        int to = payee(r, from);
        if (roll < 12) {
            return """
                    {"transactionId":"%s","occurredAt":"%s","type":"CRYPTO_TRANSFER","amount":"%d.00","currency":"USDT",
                     "originator":{%s,"walletAddress":"TXwZkPbGn5B6q1RkRyAT8fRr9YTb%06d","chain":"TRON"},
                     "beneficiary":{"name":"%s","type":"INDIVIDUAL","walletAddress":"TQn9Y2khEsLJW1ChVWFMSMeRDow5%06d","chain":"TRON"},
                     "travelRule":{"originatorComplete":true,"beneficiaryComplete":true}}"""
                    .formatted(id, occurredAt, cryptoAmount(r), originator, from, name(customers + to), to);
        }
        return """
                {"transactionId":"%s","occurredAt":"%s","type":"WIRE","amount":"%d.00","currency":"EUR",
                 "originator":{%s,"accountId":"acc-%d"},
                 "beneficiary":{"name":"%s","type":"COMPANY","country":"%s","accountId":"ext-%d"},
                 "channel":"ONLINE","purpose":"invoice %d"}"""
                .formatted(id, occurredAt, amount(r), originator, from, company(to), COUNTRIES[to % COUNTRIES.length], to,
                        r.nextInt(100_000));
    }

    /** Most payments are small; one in four is above 3,000 USD (an unknown customer's is then REVIEWed). */
    private static int amount(Random r) {
        double u = r.nextDouble();
        return u < 0.75 ? 20 + r.nextInt(2_600) : 3_000 + r.nextInt(6_000);
    }

    /** Most stablecoin transfers stay under the 1,000 USD above which a self-hosted wallet is REVIEWed. */
    private static int cryptoAmount(Random r) {
        return r.nextDouble() < 0.85 ? 20 + r.nextInt(900) : 1_000 + r.nextInt(4_000);
    }

    /** 2% busy customers send 20% of the transfers. */
    private int payer(Random r) {
        int busy = Math.max(1, customers / 50);
        return r.nextDouble() < 0.2 ? r.nextInt(busy) : busy + r.nextInt(customers - busy);
    }

    /** One of the payer's standing payees (90%) or anyone among 20 times as many external accounts. */
    private int payee(Random r, int payer) {
        if (r.nextDouble() < 0.9) return Math.floorMod(payer * 31 + r.nextInt(STANDING_PAYEES) * 7_919, customers * 20);
        return r.nextInt(customers * 20);
    }

    private static String company(int account) {
        Random r = new Random(account * 31L + 7);
        return TRADE[r.nextInt(TRADE.length)] + " " + LINE[r.nextInt(LINE.length)] + " " + FORM[r.nextInt(FORM.length)];
    }
}
