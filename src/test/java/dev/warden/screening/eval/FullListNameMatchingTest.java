package dev.warden.screening.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.warden.facts.MatchKind;
import dev.warden.screening.ScreeningIndex;
import dev.warden.screening.ScreeningMatch;
import dev.warden.screening.ScreeningQuery;
import dev.warden.screening.SharedData;
import dev.warden.screening.list.WatchList;
import dev.warden.screening.list.WatchListEntry.SubjectType;
import dev.warden.screening.list.WatchListEntry;
import dev.warden.screening.load.ListLoader;

/**
 * Ordinary names against the full OFAC SDN and UN lists, searched by name alone as a new user would: the false
 * hits that used to reach the default threshold no longer do, while listed names written as the list writes
 * them, reordered or in another script still hit their entry. Skips, saying so, when ../shared/data is absent.
 */
class FullListNameMatchingTest {
    private static ScreeningIndex index;
    private static WatchList sdn;

    @BeforeAll
    static void load() throws IOException {
        String sdnLocation = SharedData.location(MatchingEvaluation.SDN);
        String unLocation = SharedData.location(MatchingEvaluation.UN);
        ListLoader loader = new ListLoader();
        sdn = loader.load("OFAC_SDN", sdnLocation);
        index = new ScreeningIndex(List.of(sdn, loader.load("UN", unLocation)), ScreeningIndex.DEFAULT_THRESHOLD);
    }

    @Test
    void commonNamesThatShareWordsWithALongerEntryDoNotHit() {
        for (String name : List.of("Maria Lopez", "Patrick Ryan", "Paul Davis", "Antonia Rodriguez", "Joe Wilson", "博 彬 徐")) {
            List<ScreeningMatch> hits = names(name);
            assertTrue(hits.isEmpty(), name + " hits " + hits.stream()
                    .map(m -> m.matched() + " " + m.score()).collect(Collectors.joining(", ")));
        }
    }

    @Test
    void exactListedNamesHitTheirEntry() {
        // Every 50th individual of the SDN list by its primary name, as the list writes it.
        List<WatchListEntry> people = sdn.entries().stream().filter(e -> e.type() == SubjectType.INDIVIDUAL).toList();
        int missed = 0, tried = 0;
        StringBuilder misses = new StringBuilder();
        for (int i = 0; i < people.size(); i += 50) {
            WatchListEntry entry = people.get(i);
            tried++;
            if (!hitsEntry(entry.primaryName(), entry.entryId())) {
                missed++;
                misses.append(entry.primaryName()).append("; ");
            }
        }
        assertTrue(missed == 0, missed + " of " + tried + " listed names miss their own entry: " + misses);
    }

    @Test
    void reorderedTransliteratedAndPartialNamesStillHit() {
        String putin = sdn.entries().stream().filter(e -> e.primaryName().equalsIgnoreCase("PUTIN, Vladimir Vladimirovich"))
                .findFirst().orElseThrow().entryId();
        assertTrue(hitsEntry("Vladimir Vladimirovich Putin", putin), "given names first");
        assertTrue(hitsEntry("Vladimir Putin", putin), "without the patronymic the list spells out");
        assertTrue(hitsEntry("Владимир Владимирович Путин", putin), "Cyrillic");
        assertTrue(hitsEntry("Vladimr Putin", putin), "a typo");
        assertTrue(hitsEntry("Vladimir Vladimirovich Putn", putin), "a typo in the surname");
    }

    private static List<ScreeningMatch> names(String name) {
        ScreeningQuery query = new ScreeningQuery(name, null, null, null, List.of(), null, null);
        return index.search(query, index.threshold(), 20).stream().filter(m -> m.kind() == MatchKind.NAME).toList();
    }

    private static boolean hitsEntry(String name, String entryId) {
        return names(name).stream().anyMatch(m -> m.entry().entryId().equals(entryId));
    }
}
