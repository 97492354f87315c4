package dev.warden.screening.rescreen;

import java.util.List;
import java.util.Map;

import dev.warden.screening.list.WatchList;
import dev.warden.screening.list.WatchListEntry;

/**
 * What changed on one list against the fingerprints stored when its customers were last screened: the entries
 * added or changed (with the reason for each), and the ids of the entries no longer listed.
 */
record ListDelta(WatchList list, List<WatchListEntry> entries, Map<String, NewBecause> reasons, List<String> removed,
        Map<String, String> fingerprints) {

    boolean isEmpty() {
        return entries.isEmpty() && removed.isEmpty();
    }

    long added() {
        return reasons.values().stream().filter(r -> r == NewBecause.ENTRY_ADDED).count();
    }
}
