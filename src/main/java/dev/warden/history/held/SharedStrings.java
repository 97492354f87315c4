package dev.warden.history.held;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.warden.facts.PastTransaction;

/**
 * One copy of each string the held rows repeat (accounts, parties, countries, currency, asset, chain: most of a row's
 * memory), kept only while a held row has it: each value counts the rows holding it, and goes when the last of them
 * is dropped, so the map shrinks with what is held instead of growing for the life of a load. A value shared by a row
 * that was then not held (older than what is held, or held already) goes at the next {@link #forgetUnheld}. Not
 * thread-safe: used under the mirror's lock.
 */
final class SharedStrings {
    private final Map<String, Holders> values = new HashMap<>();
    /** Values added since the last {@link #forgetUnheld}, perhaps by rows that were not held. */
    private final List<String> added = new ArrayList<>();

    private static final class Holders {
        final String value;
        int rows;

        Holders(String value) {
            this.value = value;
        }
    }

    /** The one copy of {@code value}, added when new. */
    String shared(String value) {
        if (value == null) return null;
        Holders holders = values.get(value);
        if (holders == null) {
            holders = new Holders(value);
            values.put(value, holders);
            added.add(value);
        }
        return holders.value;
    }

    /** {@code row} is held: its values stay while it is. */
    void hold(PastTransaction row) {
        for (String value : valuesOf(row)) {
            if (value != null) values.computeIfAbsent(value, Holders::new).rows++;
        }
    }

    /** {@code row} is no longer held: a value no other held row has goes. */
    void release(PastTransaction row) {
        for (String value : valuesOf(row)) {
            Holders holders = value == null ? null : values.get(value);
            if (holders != null && --holders.rows <= 0) values.remove(value);
        }
    }

    /** Drops the values added since the last call that no held row has. */
    void forgetUnheld() {
        for (String value : added) {
            Holders holders = values.get(value);
            if (holders != null && holders.rows <= 0) values.remove(value);
        }
        added.clear();
    }

    /** Whether a copy of {@code value} is kept. */
    boolean has(String value) {
        return values.containsKey(value);
    }

    /** How many values are kept. */
    int size() {
        return values.size();
    }

    /** The values of a row that go through {@link #shared} when it is read (TransactionsTable.read). */
    private static String[] valuesOf(PastTransaction t) {
        return new String[] {t.getCurrency(), t.getOriginatorAccount(), t.getOriginatorPartyId(),
                t.getOriginatorCountry(), t.getBeneficiaryAccount(), t.getBeneficiaryPartyId(),
                t.getBeneficiaryCountry(), t.getAsset(), t.getChain()};
    }
}
