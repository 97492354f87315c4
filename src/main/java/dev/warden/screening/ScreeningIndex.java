package dev.warden.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.warden.facts.MatchKind;
import dev.warden.facts.Party;
import dev.warden.facts.ScreeningHit;
import dev.warden.screening.WatchListEntry.Identifier;
import dev.warden.screening.WatchListEntry.IdentifierKind;
import dev.warden.screening.WatchListEntry.ListedName;
import dev.warden.screening.WatchListEntry.Wallet;

/**
 * An immutable lookup structure over a set of loaded lists, built once per list version and shared by all
 * requests. Identifiers (wallets, BICs, IBANs) are matched exactly through hash maps; names through their
 * normalised key, so a query touches only the entries that share it instead of scanning every list.
 */
public final class ScreeningIndex {
    private final Map<String, WatchList> lists;
    private final Map<String, List<Ref<Wallet>>> wallets = new HashMap<>();
    private final Map<String, List<Ref<Identifier>>> identifiers = new HashMap<>();
    private final Map<String, List<Ref<ListedName>>> names = new HashMap<>();

    private record Ref<T>(WatchList list, WatchListEntry entry, T item) {
    }

    public ScreeningIndex(List<WatchList> loaded) {
        Map<String, WatchList> byName = new LinkedHashMap<>();
        for (WatchList list : loaded) {
            byName.put(list.name(), list);
            for (WatchListEntry entry : list.entries()) {
                for (Wallet wallet : entry.wallets()) {
                    wallets.computeIfAbsent(WalletAddresses.normalise(wallet.address()), k -> new ArrayList<>())
                            .add(new Ref<>(list, entry, wallet));
                }
                for (Identifier id : entry.identifiers()) {
                    identifiers.computeIfAbsent(identifierKey(id.kind(), id.value()), k -> new ArrayList<>())
                            .add(new Ref<>(list, entry, id));
                }
                for (ListedName name : entry.names()) {
                    String key = Names.key(name.name());
                    if (!key.isEmpty()) names.computeIfAbsent(key, k -> new ArrayList<>()).add(new Ref<>(list, entry, name));
                }
            }
        }
        this.lists = Map.copyOf(byName);
    }

    public static ScreeningIndex empty() {
        return new ScreeningIndex(List.of());
    }

    /** List name to version, for the decision record. */
    public Map<String, String> versions() {
        Map<String, String> versions = new java.util.TreeMap<>();
        lists.values().forEach(l -> versions.put(l.name(), l.version()));
        return versions;
    }

    public Map<String, WatchList> lists() {
        return lists;
    }

    /** Every hit for one party: exact wallet, BIC and IBAN matches, and names whose normalised form is listed. */
    public List<ScreeningHit> screen(Party party) {
        List<ScreeningHit> hits = new ArrayList<>();
        if (party.getWalletAddress() != null) {
            for (Ref<Wallet> ref : wallets.getOrDefault(WalletAddresses.normalise(party.getWalletAddress()), List.of())) {
                hits.add(hit(party, ref, ref.item().address(), MatchKind.WALLET, 1.0, false,
                        "wallet address listed for " + ref.item().chain()));
            }
        }
        if (party.getBic() != null) {
            for (Ref<Identifier> ref : identifiers.getOrDefault(identifierKey(IdentifierKind.BIC, party.getBic()), List.of())) {
                hits.add(hit(party, ref, ref.item().value(), MatchKind.BIC, 1.0, false, "bank BIC listed"));
            }
        }
        if (party.getIban() != null) {
            for (Ref<Identifier> ref : identifiers.getOrDefault(identifierKey(IdentifierKind.IBAN, party.getIban()), List.of())) {
                hits.add(hit(party, ref, ref.item().value(), MatchKind.IBAN, 1.0, false, "IBAN listed"));
            }
        }
        if (party.getName() != null) {
            for (Ref<ListedName> ref : names.getOrDefault(Names.key(party.getName()), List.of())) {
                hits.add(hit(party, ref, ref.item().name(), MatchKind.NAME, 1.0, ref.item().weak(),
                        "name equals listed " + (ref.item().primary() ? "primary name" : ref.item().weak() ? "weak alias" : "alias")
                                + " after normalisation"));
            }
        }
        return hits;
    }

    private static ScreeningHit hit(Party party, Ref<?> ref, String matched, MatchKind kind, double score,
            boolean weak, String why) {
        return new ScreeningHit(party.getRole(), ref.list().name(), ref.list().version(), ref.entry().entryId(),
                ref.entry().primaryName(), matched, kind, score, weak, ref.entry().programs(), why);
    }

    /** BICs compare on their first eight characters (the branch code is optional); IBANs without spaces. */
    static String identifierKey(IdentifierKind kind, String value) {
        String compact = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (kind == IdentifierKind.BIC && compact.length() >= 8) compact = compact.substring(0, 8);
        return kind + ":" + compact;
    }
}
