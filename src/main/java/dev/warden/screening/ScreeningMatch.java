package dev.warden.screening;

import dev.warden.facts.MatchKind;
import dev.warden.screening.list.WatchList;
import dev.warden.screening.list.WatchListEntry;

/** One ranked match of a query against a list entry: what matched, how well, and why, in a few words. */
public record ScreeningMatch(WatchList list, WatchListEntry entry, String matched, MatchKind kind, double score,
        boolean weakAlias, String why) {
}
