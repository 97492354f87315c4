package dev.warden.screening;

import dev.warden.screening.list.WatchListEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.warden.facts.MatchKind;
import dev.warden.facts.Party;
import dev.warden.facts.PartyRole;
import dev.warden.facts.PartyType;
import dev.warden.facts.ScreeningHit;
import dev.warden.screening.ScreeningQuery.QueryIdentifier;
import dev.warden.screening.list.WatchListEntry.IdentifierKind;
import dev.warden.screening.list.WatchListEntry.SubjectType;
import dev.warden.screening.load.ListLoader;

/** The index over the shipped seed list (real OFAC designations), without any mock. */
class ScreeningIndexTest {
    private static ScreeningIndex index;

    @BeforeAll
    static void load() throws IOException {
        index = new ScreeningIndex(List.of(new ListLoader().load("WARDEN_SEED", "classpath:watchlists/warden-seed.csv")));
    }

    @Test
    void evmWalletsMatchInAnyCaseTronOnlyAsWritten() {
        assertEquals(MatchKind.WALLET, screen(party().walletAddress("0x7ff9cfad3877f21d41da833e2f775db0569ee3d9")).get(0).getMatchKind());
        assertEquals(1, screen(party().walletAddress("TL1k1U6SHohxBqb68kCodxHc9y2LXoDSep")).size());
        assertTrue(screen(party().walletAddress("tl1k1u6shohxbqb68kcodxhc9y2lxodsep")).isEmpty(), "Tron base58 is case-sensitive");
    }

    @Test
    void bicsMatchOnTheirFirstEightCharacters() {
        List<ScreeningHit> hits = screen(party().bic("SABRRUMMXXX"));
        assertEquals(1, hits.size());
        assertEquals("17018", hits.get(0).getEntryId());
        assertEquals(MatchKind.BIC, hits.get(0).getMatchKind());
    }

    @Test
    void cyrillicAndReorderedNamesFindTheEntry() {
        ScreeningHit hit = screen(party().name("Сбербанк России").type(PartyType.FINANCIAL_INSTITUTION)).get(0);
        assertEquals("17018", hit.getEntryId());
        assertTrue(hit.getScore() >= index.threshold());
        assertTrue(hit.getWhy().startsWith("name "), hit.getWhy());
        assertEquals("55045", screen(party().name("GRINEX")).get(0).getEntryId());
        assertEquals("36025", screen(party().name("Europe Garantex OU")).get(0).getEntryId());
        assertTrue(screen(party().name("Aurora Trading")).isEmpty());
    }

    @Test
    void qualifiersMoveTheScoreAndSayWhy() {
        ScreeningQuery asCompany = new ScreeningQuery("Grinex", SubjectType.ENTITY, "KG", null, List.of(), null, "p1");
        ScreeningQuery asPerson = new ScreeningQuery("Grinex", SubjectType.INDIVIDUAL, "US", null, List.of(), null, "p1");
        ScreeningMatch company = index.search(asCompany, 0.5, 5).get(0);
        ScreeningMatch person = index.search(asPerson, 0.5, 5).get(0);
        assertTrue(company.score() > person.score());
        assertTrue(company.why().contains("country KG listed"), company.why());
        assertTrue(person.why().contains("listed as entity"), person.why());
    }

    @Test
    void identifiersOfAnyKindAreSearchable() {
        var matches = index.search(new ScreeningQuery(null, null, null, null,
                List.of(new QueryIdentifier(IdentifierKind.OTHER, "vtbr rumm")), null, null), 0.9, 10);
        assertEquals("17013", matches.get(0).entry().entryId());
    }

    @Test
    void clearedNameHitsDoNotReachTheRulesButIdentifiersStillDo() {
        ScreeningIndex cleared = index.withClearances(Clearances.of(Set.of(Clearances.key("cust-1", "WARDEN_SEED", "55045"))));
        Party named = party().partyId("cust-1").name("Grinex").asOf(java.time.LocalDate.of(2026, 1, 1));
        assertTrue(cleared.screen(named).isEmpty());
        assertFalse(index.screen(named).isEmpty());
        Party other = party().partyId("cust-2").name("Grinex").asOf(java.time.LocalDate.of(2026, 1, 1));
        assertFalse(cleared.screen(other).isEmpty(), "a clearance is for one party");
        Party wallet = party().partyId("cust-1").name("Grinex").walletAddress("TL1k1U6SHohxBqb68kCodxHc9y2LXoDSep").asOf(java.time.LocalDate.of(2026, 1, 1));
        assertEquals(List.of(MatchKind.WALLET), cleared.screen(wallet).stream().map(ScreeningHit::getMatchKind).toList());
    }

    @Test
    void aRememberedNameAnswersAsAFreshScoreDoesAndClearancesStillApplyPerParty() {
        ScreeningIndex remembering = index.rememberingNames(10);
        java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 1);
        for (String name : List.of("Grinex", "Europe Garantex OU", "Aurora Trading", "Сбербанк России")) {
            Party p = party().partyId("cust-9").name(name).type(PartyType.FINANCIAL_INSTITUTION).asOf(day);
            List<String> fresh = hits(index.screen(p));
            assertEquals(fresh, hits(remembering.screen(p)), name + ", first time");
            assertEquals(fresh, hits(remembering.screen(p)), name + ", remembered");
        }
        // The same name for another type scores otherwise: remembered apart.
        ScreeningQuery asPerson = new ScreeningQuery("Grinex", SubjectType.INDIVIDUAL, "US", null, List.of(), null, "p1");
        assertEquals(index.search(asPerson, index.threshold(), 5), remembering.search(asPerson, index.threshold(), 5));
        assertEquals(5, remembering.rememberedNames(), "four names, and Grinex as a person apart");
        assertEquals(0, remembering.rememberingNames(0).rememberedNames());
        // Clearances are applied after what is remembered, for the party that asks.
        ScreeningIndex cleared = remembering.withClearances(Clearances.of(Set.of(Clearances.key("cust-1", "WARDEN_SEED", "55045"))));
        assertTrue(cleared.screen(party().partyId("cust-1").name("Grinex").asOf(day)).isEmpty());
        assertFalse(cleared.screen(party().partyId("cust-2").name("Grinex").asOf(day)).isEmpty());
    }

    private static List<String> hits(List<ScreeningHit> hits) {
        return hits.stream().map(h -> h.getEntryId() + " " + h.getMatchKind() + " " + h.getScore() + " " + h.getWhy()).toList();
    }

    private static Party.Builder party() {
        return Party.builder(PartyRole.BENEFICIARY);
    }

    private static List<ScreeningHit> screen(Party.Builder party) {
        return index.screen(party.asOf(java.time.LocalDate.of(2026, 1, 1)));
    }
}
