package dev.warden.screening.list;

import java.util.List;
import java.util.Optional;

/** One loaded sanctions list: its configured name, its publication version, and its entries. */
public record WatchList(String name, String version, String source, List<WatchListEntry> entries) {

    public Optional<WatchListEntry> entry(String entryId) {
        return entries.stream().filter(e -> e.entryId().equals(entryId)).findFirst();
    }
}
