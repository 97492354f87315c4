package dev.warden.facts;

import java.time.Duration;
import java.time.Instant;

/**
 * What Warden's longer memory (warden.history.counterparty-memory, a year by default) says about the two accounts
 * of a transaction, beyond the look-back window: whether the originator's account has paid the beneficiary's
 * before, and how long each account has been idle. Loaded with one indexed query per decision.
 *
 * @param newCounterparty true when no earlier transfer from the originator's account to the beneficiary's is known
 * @param originatorIdleDays whole days since the originator's account last sent or received; null if none known
 * @param beneficiaryIdleDays the same for the beneficiary's account
 */
public record AccountActivity(boolean newCounterparty, Long originatorIdleDays, Long beneficiaryIdleDays) {
    /** Nothing known (an account without a key): not a new counterparty, idle unknown. */
    public static final AccountActivity UNKNOWN = new AccountActivity(false, null, null);

    /** From the last transfer between the two accounts and each account's last activity, any of them null. */
    public static AccountActivity of(Instant asOf, Instant lastTransferBetween, Instant originatorLastActive,
            Instant beneficiaryLastActive) {
        return new AccountActivity(lastTransferBetween == null, days(originatorLastActive, asOf),
                days(beneficiaryLastActive, asOf));
    }

    private static Long days(Instant last, Instant asOf) {
        return last == null ? null : Duration.between(last, asOf).toDays();
    }
}
