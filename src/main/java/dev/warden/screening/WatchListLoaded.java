package dev.warden.screening;

import dev.warden.screening.list.WatchList;

/**
 * Fired (synchronously, after the new index is serving) for every list a refresh loaded, the first load included;
 * {@code index} is the index that now serves, with this version in it. Observers that compare versions keep their
 * own record of what they last saw: a replica that has just started has no previous version in memory.
 */
public record WatchListLoaded(WatchList list, ScreeningIndex index) {
}
