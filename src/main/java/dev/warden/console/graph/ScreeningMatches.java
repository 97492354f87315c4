package dev.warden.console.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import dev.warden.console.graph.ScreeningMatchView.Field;
import dev.warden.console.graph.ScreeningMatchView.Hit;
import dev.warden.console.graph.ScreeningMatchView.Identifier;
import dev.warden.console.graph.ScreeningMatchView.Name;
import dev.warden.console.graph.ScreeningMatchView.Party;
import dev.warden.console.graph.ScreeningMatchView.Wallet;
import dev.warden.screening.WatchListRegistry;
import dev.warden.screening.list.WatchList;
import dev.warden.screening.list.WatchListEntry;
import dev.warden.screening.list.WatchListEntry.ListedName;

/**
 * A screening finding of a recorded decision beside its list entry. The finding's evidence names the entry
 * ({@code list}, {@code listVersion}, {@code entryId}, {@code matched}; name hits add {@code score},
 * {@code weakAlias} and {@code why}, identifier hits the party's {@code role}: rules/sanctions and
 * rules/tables/sanctions-thresholds.drl.csv). The party is the request's side with that role; a name hit names no
 * role, so it is the party (originator, beneficiary or an involved party) whose identifiers equal what matched,
 * else whose name shares the most words with it. The entry is read from the list serving now.
 */
@ApplicationScoped
public class ScreeningMatches {
    private static final List<String> PARTY_FIELDS = List.of("partyId", "name", "type", "country", "accountId", "iban",
            "bic", "walletAddress", "chain", "vasp");
    private static final List<String> IDENTIFIER_FIELDS = List.of("accountId", "iban", "bic", "walletAddress");

    private final StoredDecisions decisions;
    private final WatchListRegistry lists;

    public ScreeningMatches(StoredDecisions decisions, WatchListRegistry lists) {
        this.decisions = decisions;
        this.lists = lists;
    }

    private record Candidate(String screeningRole, String role, JsonNode fields) {
    }

    public ScreeningMatchView of(UUID decisionId, int index) {
        StoredDecision decision = decisions.byId(decisionId)
                .orElseThrow(() -> new EvidenceNotFoundException("No such decision."));
        JsonNode finding = decision.finding(index)
                .orElseThrow(() -> new EvidenceNotFoundException("The decision has no finding " + index + "."));
        JsonNode evidence = finding.path("evidence");
        if (!"SANCTIONS".equals(finding.path("category").asText()) || !evidence.path("list").isTextual()
                || !evidence.path("entryId").isTextual()) {
            throw new EvidenceNotFoundException("This finding is not a screening hit.");
        }
        String listName = evidence.path("list").asText();
        String matched = evidence.path("matched").asText(null);
        WatchList list = lists.index().lists().get(listName);
        WatchListEntry entry = list == null ? null : list.entries().stream()
                .filter(e -> e.entryId().equals(evidence.path("entryId").asText())).findFirst().orElse(null);
        String kind = kind(entry, matched);
        Candidate party = party(decision.request(), evidence, matched);
        String partyName = party.fields().path("name").asText(null);
        Hit hit = new Hit(listName, evidence.path("listVersion").asText(null), evidence.path("entryId").asText(), kind,
                evidence.path("score").isNumber() ? String.format(Locale.ROOT, "%.3f", evidence.path("score").asDouble())
                        : "exact",
                "NAME".equals(kind) ? NameHighlight.mark(matched, partyName)
                        : matched == null ? List.of() : List.of(new NameHighlight.Segment(matched, true)),
                evidence.path("why").asText(null), evidence.path("weakAlias").asBoolean(false),
                strings(evidence.path("programs")));
        return new ScreeningMatchView(finding.path("ruleId").asText(), finding.path("severity").asText(),
                finding.path("message").asText(), partyView(party, matched), hit,
                entry == null ? null : entryView(list, entry, matched, partyName));
    }

    /** WALLET or an identifier's kind when the entry holds what matched as such; else the hit was on a name. */
    private static String kind(WatchListEntry entry, String matched) {
        if (entry == null || matched == null) return "NAME";
        if (entry.wallets().stream().anyMatch(w -> w.address().equalsIgnoreCase(matched))) return "WALLET";
        return entry.identifiers().stream().filter(i -> i.value().equalsIgnoreCase(matched)).findFirst()
                .map(i -> i.kind().name()).orElse("NAME");
    }

    private static Candidate party(JsonNode request, JsonNode evidence, String matched) {
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(new Candidate("ORIGINATOR", "ORIGINATOR", request.path("originator")));
        candidates.add(new Candidate("BENEFICIARY", "BENEFICIARY", request.path("beneficiary")));
        for (JsonNode involved : request.path("involved")) {
            String role = involved.path("role").asText();
            String screening = role.equals("ULTIMATE_ORIGINATOR") || role.equals("ULTIMATE_BENEFICIARY") ? role : "AGENT";
            candidates.add(new Candidate(screening, role, involved));
        }
        String role = evidence.path("role").asText(null);
        return candidates.stream().filter(c -> role == null || c.screeningRole().equals(role))
                .max(Comparator.comparingLong(c -> agreement(c.fields(), matched)))
                .orElse(candidates.get(0));
    }

    /** An identifier equal to what matched outweighs any number of shared name words. */
    private static long agreement(JsonNode party, String matched) {
        if (matched == null) return 0;
        for (String field : IDENTIFIER_FIELDS) {
            if (sameIdentifier(party.path(field).asText(null), matched)) return 1_000;
        }
        return NameHighlight.matchedWords(party.path("name").asText(null), matched);
    }

    /** Compared as screening compares them: without spaces and case; a BIC on its first eight characters. */
    static boolean sameIdentifier(String value, String matched) {
        if (value == null || matched == null) return false;
        String a = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        String b = matched.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return a.equals(b) || (a.length() >= 8 && b.length() >= 8 && a.matches("[A-Z0-9]{8}([A-Z0-9]{3})?")
                && b.matches("[A-Z0-9]{8}([A-Z0-9]{3})?") && a.substring(0, 8).equals(b.substring(0, 8)));
    }

    private static Party partyView(Candidate party, String matched) {
        List<Field> fields = new ArrayList<>();
        for (String name : PARTY_FIELDS) {
            String value = party.fields().path(name).asText(null);
            if (value == null || party.fields().path(name).isNull()) continue;
            fields.add(new Field(name, value, name.equals("name") ? NameHighlight.mark(value, matched)
                    : List.of(new NameHighlight.Segment(value, false)), sameIdentifier(value, matched)));
        }
        return new Party(party.role(), fields);
    }

    private static ScreeningMatchView.Entry entryView(WatchList list, WatchListEntry entry, String matched,
            String partyName) {
        List<Name> names = new ArrayList<>();
        for (ListedName n : entry.names()) {
            String kind = n.primary() ? "primary" : n.weak() ? "weak alias" : "alias";
            names.add(new Name(n.name(), kind, n.name().equals(matched) ? NameHighlight.mark(n.name(), partyName)
                    : List.of(new NameHighlight.Segment(n.name(), false))));
        }
        return new ScreeningMatchView.Entry(list.version(), entry.type().name(), names, entry.programs(),
                entry.countries(), entry.birthDates(),
                entry.identifiers().stream().map(i -> new Identifier(i.kind().name(), i.value(), i.label(),
                        sameIdentifier(i.value(), matched))).toList(),
                entry.wallets().stream().map(w -> new Wallet(w.chain(), w.address(), w.currencyLabel(),
                        w.address().equalsIgnoreCase(matched))).toList());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
