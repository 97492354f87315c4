package dev.warden.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.warden.facts.MatchKind;
import dev.warden.facts.Party;
import dev.warden.facts.ScreeningHit;
import dev.warden.screening.ScreeningQuery.QueryIdentifier;
import dev.warden.screening.list.WalletAddresses;
import dev.warden.screening.list.WatchList;
import dev.warden.screening.list.WatchListEntry;
import dev.warden.screening.list.WatchListEntry.Identifier;
import dev.warden.screening.list.WatchListEntry.IdentifierKind;
import dev.warden.screening.list.WatchListEntry.ListedName;
import dev.warden.screening.list.WatchListEntry.SubjectType;
import dev.warden.screening.list.WatchListEntry.Wallet;
import dev.warden.screening.match.NameComparator;
import dev.warden.screening.match.NameIndex;
import dev.warden.screening.match.NameNormaliser;
import dev.warden.screening.match.NameScorer;
import dev.warden.screening.match.NameTokens;
import dev.warden.screening.match.Qualifiers;

/**
 * An immutable lookup structure over a set of loaded lists, built once per set of list versions and shared by
 * all requests. Wallets and identifiers are matched exactly through hash maps (wallets with their chain's case
 * rule); names through a token-blocked {@link NameIndex}, scored over the best alias of each entry and qualified
 * by type, country and date of birth. Clearances are a separate snapshot, so clearing a hit does not rebuild it.
 */
public final class ScreeningIndex {
    /** Name hits at or above this reach the rules by default; tuned on the name benchmark (see the README). */
    public static final double DEFAULT_THRESHOLD = 0.86;

    /** Exact matches first, then names by score. */
    private static final Comparator<ScreeningMatch> RANKED = Comparator
            .comparingInt((ScreeningMatch m) -> m.kind() == MatchKind.NAME ? 1 : 0)
            .thenComparing(Comparator.comparingDouble(ScreeningMatch::score).reversed());

    private final Data data;
    private final Clearances clearances;

    private record Ref<T>(WatchList list, WatchListEntry entry, T item) {
    }

    /**
     * The parts built from the lists, shared between an index and its copies with other clearances.
     * {@code versions}: list name to version, sorted, as every decision records them (built once, not per call).
     */
    private record Data(Map<String, WatchList> lists, Map<String, List<Ref<Wallet>>> wallets,
            Map<String, List<Ref<Identifier>>> identifiers, NameIndex names, NameComparator scorer,
            List<Ref<ListedName>> nameRefs, double threshold, Map<String, String> versions,
            Cache<NameQuery, List<ScreeningMatch>> nameMemo) {

        Data withNameMemo(Cache<NameQuery, List<ScreeningMatch>> memo) {
            return new Data(lists, wallets, identifiers, names, scorer, nameRefs, threshold, versions, memo);
        }
    }

    /** What a name match depends on besides the lists: the name and its qualifiers (not who asks: clearances). */
    private record NameQuery(String name, SubjectType type, String country, String birthDate) {
        static NameQuery of(ScreeningQuery query) {
            return new NameQuery(query.name(), query.type(), query.country(), query.birthDate());
        }
    }

    public ScreeningIndex(List<WatchList> loaded) {
        this(loaded, DEFAULT_THRESHOLD);
    }

    public ScreeningIndex(List<WatchList> loaded, double threshold) {
        this(loaded, threshold, NameScorer::new);
    }

    /**
     * @param scoring builds the name scorer from the name index (its token weights come from the loaded names);
     *        the default is {@link NameScorer}, another one is for comparing matchers on the same lists
     */
    public ScreeningIndex(List<WatchList> loaded, double threshold, Function<NameIndex, NameComparator> scoring) {
        Map<String, WatchList> byName = new LinkedHashMap<>();
        Map<String, List<Ref<Wallet>>> wallets = new HashMap<>();
        Map<String, List<Ref<Identifier>>> identifiers = new HashMap<>();
        List<NameTokens> nameTokens = new ArrayList<>();
        List<Ref<ListedName>> nameRefs = new ArrayList<>();
        List<Ref<ListedName>> allNames = new ArrayList<>();
        for (WatchList list : loaded) {
            byName.put(list.name(), list);
            for (WatchListEntry entry : list.entries()) {
                for (Wallet wallet : entry.wallets()) {
                    wallets.computeIfAbsent(WalletAddresses.normalise(wallet.address()), k -> new ArrayList<>())
                            .add(new Ref<>(list, entry, wallet));
                }
                for (Identifier id : entry.identifiers()) {
                    Ref<Identifier> ref = new Ref<>(list, entry, id);
                    identifiers.computeIfAbsent(identifierKey(id.kind(), id.value()), k -> new ArrayList<>()).add(ref);
                    identifiers.computeIfAbsent(identifierKey(null, id.value()), k -> new ArrayList<>()).add(ref);
                }
                for (ListedName name : entry.names()) allNames.add(new Ref<>(list, entry, name));
            }
        }
        // Normalising (transliterating) some 60,000 names is most of the build: both cores share it.
        List<NameTokens> normalised = allNames.parallelStream().map(ref -> NameNormaliser.listed(ref.item().name(),
                ref.entry().type() == WatchListEntry.SubjectType.INDIVIDUAL)).toList();
        for (int i = 0; i < allNames.size(); i++) {
            if (normalised.get(i).tokens().length == 0) continue;
            nameTokens.add(normalised.get(i));
            nameRefs.add(allNames.get(i));
        }
        Map<String, String> versions = new TreeMap<>();
        byName.values().forEach(l -> versions.put(l.name(), l.version()));
        NameIndex names = new NameIndex(nameTokens);
        this.data = new Data(Map.copyOf(byName), wallets, identifiers, names, scoring.apply(names), List.copyOf(nameRefs),
                threshold, java.util.Collections.unmodifiableMap(versions), null);
        this.clearances = Clearances.none();
    }

    private ScreeningIndex(Data data, Clearances clearances) {
        this.data = data;
        this.clearances = clearances;
    }

    public static ScreeningIndex empty() {
        return new ScreeningIndex(List.of());
    }

    /**
     * The same lists, remembering the name matches of up to {@code maxNames} recently screened names at the
     * threshold (0: none). Payments mostly repeat their counterparties, and an index never changes, so a name
     * screened once is not scored again against it; its copies with other clearances share what it remembers.
     */
    public ScreeningIndex rememberingNames(int maxNames) {
        if (maxNames <= 0) return new ScreeningIndex(data.withNameMemo(null), clearances);
        return new ScreeningIndex(data.withNameMemo(Caffeine.newBuilder().maximumSize(maxNames).build()), clearances);
    }

    /** How many names this index remembers the matches of now (0 without a memo). */
    long rememberedNames() {
        return data.nameMemo() == null ? 0 : data.nameMemo().estimatedSize();
    }

    /** The same lists with another clearance snapshot; cheap, nothing is rebuilt. */
    public ScreeningIndex withClearances(Clearances snapshot) {
        return new ScreeningIndex(data, snapshot);
    }

    public Clearances clearances() {
        return clearances;
    }

    /** List name to version, for the decision record. */
    public Map<String, String> versions() {
        return data.versions();
    }

    public Map<String, WatchList> lists() {
        return data.lists();
    }

    public double threshold() {
        return data.threshold();
    }

    /**
     * Every hit for one party of a decision: exact wallet, BIC and IBAN matches, and names at or above the
     * threshold, best alias per entry. Name hits an officer cleared for this party are left out.
     */
    public List<ScreeningHit> screen(Party party) {
        ScreeningQuery query = ScreeningQuery.of(party);
        List<ScreeningHit> hits = new ArrayList<>();
        for (ScreeningMatch m : search(query, data.threshold(), Integer.MAX_VALUE)) {
            if (m.kind() == MatchKind.NAME && isCleared(query, m)) continue;
            hits.add(new ScreeningHit(party.getRole(), m.list().name(), m.list().version(), m.entry().entryId(),
                    m.entry().primaryName(), m.matched(), m.kind(), m.score(), m.weakAlias(), m.entry().programs(), m.why()));
        }
        return hits;
    }

    /** True when an officer cleared this (name) match for the query's party. */
    public boolean isCleared(ScreeningQuery query, ScreeningMatch match) {
        return clearances.cleared(query.partyKey(), match.list().name(), match.entry().entryId());
    }

    /** Ranked matches, exact ones first, then names by score; at most one name match per entry. */
    public List<ScreeningMatch> search(ScreeningQuery query, double minNameScore, int limit) {
        List<ScreeningMatch> matches = new ArrayList<>();
        if (query.wallet() != null && !query.wallet().isBlank()) {
            for (Ref<Wallet> ref : data.wallets().getOrDefault(WalletAddresses.normalise(query.wallet()), List.of())) {
                matches.add(new ScreeningMatch(ref.list(), ref.entry(), ref.item().address(), MatchKind.WALLET, 1.0,
                        false, "wallet listed on " + (ref.item().chain() == null ? "an unknown chain" : ref.item().chain())
                        + (ref.item().currencyLabel() == null ? "" : " (" + ref.item().currencyLabel() + ")")));
            }
        }
        for (QueryIdentifier id : query.identifiers()) {
            if (id.value() == null || id.value().isBlank()) continue;
            IdentifierKind kind = id.kind() == IdentifierKind.OTHER ? null : id.kind();
            for (Ref<Identifier> ref : data.identifiers().getOrDefault(identifierKey(kind, id.value()), List.of())) {
                MatchKind matchKind = switch (ref.item().kind()) {
                    case BIC -> MatchKind.BIC;
                    case IBAN -> MatchKind.IBAN;
                    default -> MatchKind.ID;
                };
                matches.add(new ScreeningMatch(ref.list(), ref.entry(), ref.item().value(), matchKind, 1.0, false,
                        ref.item().label() + " listed"));
            }
        }
        if (query.name() != null && !query.name().isBlank()) {
            Cache<NameQuery, List<ScreeningMatch>> memo = data.nameMemo();
            matches.addAll(memo == null || minNameScore != data.threshold() ? names(query, minNameScore)
                    : memo.get(NameQuery.of(query), q -> List.copyOf(names(query, minNameScore))));
        }
        if (matches.size() > 1) matches.sort(RANKED);
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
    }

    private List<ScreeningMatch> names(ScreeningQuery query, double minScore) {
        String[] tokens = NameNormaliser.tokens(query.name());
        if (tokens.length == 0) return List.of();
        boolean syllabic = NameNormaliser.syllabic(query.name());
        int[] candidates = data.names().candidates(tokens, NameIndex.DEFAULT_CANDIDATES);
        if (candidates.length == 0) return List.of();
        NameComparator.Prepared prepared = data.scorer().prepare(tokens, syllabic);
        Map<WatchListEntry, ScreeningMatch> best = new LinkedHashMap<>();
        // Qualifiers move a score by a few points at most upwards, so a name far below cannot reach the bar.
        double nameFloor = minScore - 0.1;
        for (int id : candidates) {
            if (!prepared.mayReach(id, nameFloor)) continue;
            double nameScore = prepared.score(id);
            if (nameScore < nameFloor) continue;
            Ref<ListedName> ref = data.nameRefs().get(id);
            Qualifiers.Qualified q = Qualifiers.apply(nameScore, query.type(), query.country(), query.birthDate(), ref.entry());
            if (q.score() < minScore) continue;
            ListedName name = ref.item();
            ScreeningMatch previous = best.get(ref.entry());
            // Per entry the best alias: a strong one above the bar wins over a weak one, whatever their scores.
            if (previous != null && (previous.weakAlias() == name.weak() ? previous.score() >= q.score() : !previous.weakAlias())) {
                continue;
            }
            String why = "name %.2f against %s '%s'%s".formatted(nameScore,
                    name.primary() ? "primary name" : name.weak() ? "weak alias" : "alias", name.name(), q.why());
            best.put(ref.entry(), new ScreeningMatch(ref.list(), ref.entry(), name.name(), MatchKind.NAME,
                    Math.round(q.score() * 1000) / 1000.0, name.weak(), why));
        }
        return new ArrayList<>(best.values());
    }

    /** The name index and its scorer, for scoring name pairs with the loaded lists' token weights. */
    public NameIndex nameIndex() {
        return data.names();
    }

    public NameComparator nameScorer() {
        return data.scorer();
    }

    /** BICs compare on their first eight characters (the branch code is optional); others without spaces. */
    static String identifierKey(IdentifierKind kind, String value) {
        String compact = value.replaceAll("[\\s\\-./]+", "").toUpperCase(Locale.ROOT);
        if (kind == IdentifierKind.BIC && compact.length() >= 8) compact = compact.substring(0, 8);
        return (kind == null ? "ANY" : kind.name()) + ":" + compact;
    }
}
