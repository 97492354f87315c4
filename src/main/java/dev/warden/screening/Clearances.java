package dev.warden.screening;

import java.util.Set;

/**
 * The name hits officers have cleared as false positives, as an immutable snapshot: party key, list and entry.
 * A cleared hit does not reach the rules; the search API still shows it, marked cleared.
 */
public final class Clearances {
    private static final Clearances NONE = new Clearances(Set.of());
    private final Set<String> keys;

    private Clearances(Set<String> keys) {
        this.keys = keys;
    }

    public static Clearances none() {
        return NONE;
    }

    public static Clearances of(Set<String> keys) {
        return new Clearances(Set.copyOf(keys));
    }

    public static String key(String partyKey, String list, String entryId) {
        return partyKey + "\u0000" + list + "\u0000" + entryId;
    }

    public boolean cleared(String partyKey, String list, String entryId) {
        return partyKey != null && keys.contains(key(partyKey, list, entryId));
    }

    public int size() {
        return keys.size();
    }
}
