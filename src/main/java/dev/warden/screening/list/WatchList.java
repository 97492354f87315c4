package dev.warden.screening.list;

import java.util.List;

/** One loaded sanctions list: its configured name, its publication version, and its entries. */
public record WatchList(String name, String version, String source, List<WatchListEntry> entries) {
}
