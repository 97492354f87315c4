package dev.warden.screening;

import java.util.List;

import dev.warden.facts.MatchKind;
import dev.warden.screening.list.WatchListEntry.SubjectType;

/** One hit of an on-demand search as officers read it: the entry, what matched and how well, and whether it is cleared. */
public record SearchHit(String list, String listVersion, String entryId, String entryName, SubjectType entryType,
        List<String> programs, MatchKind matchKind, String matched, double score, boolean weakAlias, String why,
        boolean cleared) {

    /** The ranked hits of a query on an index, each marked cleared when an officer has cleared it for the query's party. */
    public static List<SearchHit> search(ScreeningIndex index, ScreeningQuery query, double minScore, int limit) {
        return index.search(query, minScore, limit).stream().map(m -> of(m, index.isCleared(query, m))).toList();
    }

    public static SearchHit of(ScreeningMatch m, boolean cleared) {
        return new SearchHit(m.list().name(), m.list().version(), m.entry().entryId(), m.entry().primaryName(),
                m.entry().type(), m.entry().programs(), m.kind(), m.matched(), m.score(), m.weakAlias(), m.why(),
                cleared);
    }
}
