package dev.warden.facts;

import java.util.List;

/** One watch-list match for one party of the transaction being decided. */
public final class ScreeningHit {
    private final PartyRole role;
    private final String list;
    private final String listVersion;
    private final String entryId;
    private final String entryName;
    private final String matched;
    private final MatchKind matchKind;
    private final double score;
    private final boolean weakAlias;
    private final List<String> programs;
    private final String why;

    public ScreeningHit(PartyRole role, String list, String listVersion, String entryId, String entryName,
            String matched, MatchKind matchKind, double score, boolean weakAlias, List<String> programs, String why) {
        this.role = role;
        this.list = list;
        this.listVersion = listVersion;
        this.entryId = entryId;
        this.entryName = entryName;
        this.matched = matched;
        this.matchKind = matchKind;
        this.score = score;
        this.weakAlias = weakAlias;
        this.programs = programs == null ? List.of() : List.copyOf(programs);
        this.why = why;
    }

    public PartyRole getRole() { return role; }
    /** The list's configured name, for example OFAC_SDN or WARDEN_SEED. */
    public String getList() { return list; }
    /** The list's publication date or version at the time of screening. */
    public String getListVersion() { return listVersion; }
    public String getEntryId() { return entryId; }
    /** The primary name of the listed entry. */
    public String getEntryName() { return entryName; }
    /** The name or identifier on the list that matched. */
    public String getMatched() { return matched; }
    public MatchKind getMatchKind() { return matchKind; }
    /** 1.0 for an exact identifier; the name similarity for names. */
    public double getScore() { return score; }
    /** True when the matched name is a weak alias (a nickname or short form the list itself calls weak). */
    public boolean isWeakAlias() { return weakAlias; }
    public List<String> getPrograms() { return programs; }
    /** A short explanation of the match, for the officer. */
    public String getWhy() { return why; }

    @Override
    public String toString() {
        return role + " " + matchKind + " hit on " + list + "/" + entryId + " (" + matched + ", " + score + ")";
    }
}
