package dev.warden.screening.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.warden.screening.SharedData;
import dev.warden.screening.list.WatchList;
import dev.warden.screening.list.WatchListEntry.IdentifierKind;
import dev.warden.screening.list.WatchListEntry.ListedName;
import dev.warden.screening.list.WatchListEntry.SubjectType;
import dev.warden.screening.list.WatchListEntry.Wallet;
import dev.warden.screening.list.WatchListEntry;

/** Every loader on the real published files in ../shared/data/sanctions. */
class ListLoaderTest {
    private final ListLoader loader = new ListLoader();

    @Test
    void ofacAdvancedXmlFullList() throws IOException {
        WatchList sdn = loader.load("OFAC_SDN", SharedData.location("sanctions/ofac/sls-2025-11-19/sdn_advanced.xml.bz2"));
        assertEquals("2025-11-19", sdn.version());
        assertTrue(sdn.entries().size() > 15_000, "entries: " + sdn.entries().size());

        WatchListEntry garantex = entry(sdn, "36025");
        assertEquals("GARANTEX EUROPE OU", garantex.primaryName());
        assertTrue(names(garantex).contains("Garantex"));
        assertTrue(garantex.programs().contains("CYBER4"), garantex.programs().toString());
        Wallet usdt = wallet(garantex, "3E6ZCKRrsdPc35chA9Eftp1h3DLW18NFNV");
        assertEquals("USDT", usdt.currencyLabel());
        assertEquals("BITCOIN", usdt.chain(), "an Omni USDT address is on Bitcoin, from its format");
        assertEquals("TRON", wallet(garantex, "TFwjPScaJRCbSWVAywE1S1WgaUgSnyYUbD").chain());
        assertEquals("ETHEREUM", wallet(garantex, "0x7FF9cFad3877F21d41Da833E2F775dB0569eE3D9").chain());

        WatchListEntry sberbank = entry(sdn, "17018");
        assertTrue(sberbank.identifiers().stream().anyMatch(i -> i.kind() == IdentifierKind.BIC && i.value().equals("SABRRUMM")),
                sberbank.identifiers().toString());
        assertTrue(sberbank.identifiers().stream().anyMatch(i -> i.kind() == IdentifierKind.REGISTRATION));
        assertTrue(sberbank.countries().contains("RU"));
        assertTrue(names(sberbank).stream().anyMatch(n -> n.contains("СБЕРБАНК")), "Cyrillic rendering kept as an alias");

        // BNC (FixedRef 306) is a low-quality a.k.a. in the file.
        ListedName bnc = entry(sdn, "306").names().stream().filter(n -> n.name().equals("BNC")).findFirst().orElseThrow();
        assertTrue(bnc.weak());

        long individualsWithBirthDate = sdn.entries().stream()
                .filter(e -> e.type() == SubjectType.INDIVIDUAL && !e.birthDates().isEmpty()).count();
        assertTrue(individualsWithBirthDate > 5_000, "individuals with a birth date: " + individualsWithBirthDate);
        assertTrue(sdn.entries().stream().anyMatch(e -> e.type() == SubjectType.VESSEL
                && e.identifiers().stream().anyMatch(i -> i.kind() == IdentifierKind.IMO)));
    }

    @Test
    void ofacCsvWithRemarksOverflowingIntoComments() throws IOException {
        WatchList sdn = loader.load("OFAC_SDN", SharedData.location("sanctions/ofac/csv-sample-moov"));
        assertEquals(17, sdn.entries().size());
        WatchListEntry suex = entry(sdn, "33151");
        assertEquals("SUEX OTC, S.R.O.", suex.primaryName());
        // The address split across the two files ("1B64QRxf" + "aa35MVkf7sDjuGUYAP5izQt7Qi") is whole again.
        assertEquals("BITCOIN", wallet(suex, "1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi").chain());
        // From the comments file; its USDT addresses repeat the ETH and XBT ones on the same chains, so they are
        // not listed twice.
        assertEquals("ETHEREUM", wallet(suex, "0x2f389ce8bd8ff92de3402ffce4691d17fc4f6535").chain());
        assertEquals(suex.wallets().size(), suex.wallets().stream().map(w -> w.chain() + w.address()).distinct().count());
        assertTrue(names(suex).contains("SUCCESSFUL EXCHANGE"));
        assertTrue(suex.names().stream().anyMatch(n -> n.name().equals("SUCCESSFUL EXCHANGE") && n.weak()),
                "remarks a.k.a.s are OFAC's weak aliases");

        WatchListEntry logan = entry(sdn, "10278");
        assertEquals(SubjectType.INDIVIDUAL, logan.type());
        assertEquals(List.of("1963-07-28"), logan.birthDates());
        assertTrue(logan.identifiers().stream().anyMatch(i -> i.kind() == IdentifierKind.PASSPORT && i.value().equals("P0017003")));
        assertTrue(logan.names().stream().anyMatch(n -> n.name().equals("BURTON BURGESS") && n.weak()));
        assertTrue(entry(sdn, "11195").names().stream().anyMatch(n -> n.name().equals("HESA TRADE CENTER") && !n.weak()),
                "alt.csv aliases are strong");
        assertEquals(List.of("SDNT"), logan.programs());
        assertEquals(List.of("CYBER2", "ELECTION-EO13848"), entry(sdn, "29702").programs());
    }

    @Test
    void anOfacSideFileIsNotTakenForTheMainOne() {
        String sideFile = SharedData.location("sanctions/ofac/csv-sample-moov/alt.csv");
        IOException e = assertThrows(IOException.class, () -> loader.load("OFAC_SDN", sideFile));
        assertTrue(e.getMessage().contains("not an OFAC main file"), e.getMessage());
    }

    @Test
    void ofacCsvPartialSetParsesAliasesAddressesAndComments() throws IOException {
        Path folder = SharedData.require("sanctions/ofac/csv-2025-12-24-partial");
        OfacCsvReader reader = new OfacCsvReader();
        reader.aliases(OfacCsvReader.reader(Files.newInputStream(folder.resolve("alt.csv"))));
        reader.addresses(OfacCsvReader.reader(Files.newInputStream(folder.resolve("add.csv"))));
        reader.comments(OfacCsvReader.reader(Files.newInputStream(folder.resolve("sdn_comments.csv"))));
        List<WatchListEntry> entries = reader.build();
        WatchListEntry garantex = entries.stream().filter(e -> e.entryId().equals("36025")).findFirst().orElseThrow();
        assertTrue(names(garantex).contains("GARANTEX"));
        assertTrue(garantex.countries().contains("EE"), garantex.countries().toString());
        long aliases = entries.stream().mapToLong(e -> e.names().size()).sum();
        assertTrue(aliases > 19_000, "aliases: " + aliases);
        WatchListEntry tronHolder = entries.stream().filter(e -> e.entryId().equals("22985")).findFirst().orElseThrow();
        assertTrue(tronHolder.wallets().stream().anyMatch(w -> w.address().equals("TE3mCcPULjPUE7ykX7RArDPAhyahoy3d2j")
                && w.chain().equals("TRON")), tronHolder.wallets().toString());
    }

    @Test
    void ofacConsolidatedCsvWithCrlfAndEndOfFileByte() throws IOException {
        WatchList cons = loader.load("OFAC_CONS", SharedData.location("sanctions/ofac/consolidated-2025-12-19/cons_prim.csv"));
        assertEquals(442, cons.entries().size());
        WatchListEntry sberbank = entry(cons, "17018");
        assertTrue(names(sberbank).contains("SBERBANK INDIA"), "a.k.a. from the comments overflow");
        assertTrue(sberbank.identifiers().stream().anyMatch(i -> i.kind() == IdentifierKind.TAX && i.value().equals("7707083893")));
        assertTrue(cons.entries().stream().noneMatch(e -> e.primaryName().contains("\u001a")));
        WatchListEntry last = cons.entries().get(cons.entries().size() - 1);
        assertTrue(last.names().stream().noneMatch(n -> n.name().isBlank()));
    }

    @Test
    void unConsolidatedXml() throws IOException {
        WatchList un = loader.load("UN", SharedData.location("sanctions/un/UN_consolidated.xml"));
        assertEquals("2026-02-27", un.version());
        assertEquals(1003, un.entries().size());
        WatchListEntry badege = entry(un, "CDi.001");
        assertEquals("ERIC BADEGE", badege.primaryName());
        assertEquals(SubjectType.INDIVIDUAL, badege.type());
        assertEquals(List.of("1971"), badege.birthDates());
        assertTrue(badege.countries().contains("CD"), badege.countries().toString());
        assertEquals(List.of("DRC"), badege.programs());
        WatchListEntry adf = entry(un, "CDe.001");
        assertTrue(names(adf).contains("Allied Democratic Forces"));
        assertTrue(un.entries().stream().anyMatch(e -> e.names().stream().anyMatch(ListedName::weak)), "Low-quality aliases are weak");
        assertTrue(un.entries().stream().anyMatch(e -> e.identifiers().stream().anyMatch(i -> i.kind() == IdentifierKind.PASSPORT)));
    }

    @Test
    void ukOdsTrimmedLayout() throws IOException {
        WatchList uk = loader.load("UK", SharedData.location("sanctions/uk/FCDO_SL_Mon_Aug 11 2025.ods"));
        assertEquals("2025-07-23", uk.version());
        // 5,302 rows; two (BEL0174, RUS1467) have an empty Name cell and cannot be screened by name.
        assertEquals(5300, uk.entries().size());
        WatchListEntry first = entry(uk, "AFG0001");
        assertEquals("HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE", first.primaryName());
        assertEquals(SubjectType.ENTITY, first.type());
        assertEquals(List.of("Afghanistan"), first.programs());
        assertEquals(2710 - 1, uk.entries().stream().filter(e -> e.programs().contains("Russia")).count());
    }

    @Test
    void openSanctionsFlatForm() throws IOException {
        WatchList os = loader.load("OPENSANCTIONS", SharedData.location("sanctions/opensanctions/zala/entities.ftm.json"));
        WatchListEntry zala = entry(os, "NK-cPks3aTbes8k4aCerfBAzN");
        assertTrue(names(zala).contains("ZALA AERO JSC"));
        assertTrue(zala.programs().contains("UA-SA1644"), zala.programs().toString());
        assertTrue(zala.countries().contains("RU"));
        WatchListEntry cst = entry(os, "NK-abdzbEBkqyT29GyREbiURZ");
        assertTrue(cst.names().stream().anyMatch(n -> n.name().equals("TsST LLC") && n.weak()));
        assertTrue(cst.identifiers().stream().anyMatch(i -> i.value().equals("1091841000624")));
        WatchListEntry person = entry(os, "NK-aU5ybkbRFJucf8YMwsJvDw");
        assertEquals(SubjectType.INDIVIDUAL, person.type());
        assertEquals(List.of("1965-09-21"), person.birthDates());
        assertTrue(os.entries().stream().noneMatch(e -> e.entryId().equals("ru-inn-5920040846")), "not a target");
    }

    @Test
    void openSanctionsNestedForm() throws IOException {
        WatchList os = loader.load("OPENSANCTIONS", SharedData.location("sanctions/opensanctions/t1/entities.ftm.json"));
        assertEquals(6, os.entries().size());
        assertEquals("2024-03-28", os.version());
    }

    @Test
    void seedListFromClasspath() throws IOException {
        WatchList seed = loader.load("WARDEN_SEED", "classpath:watchlists/warden-seed.csv");
        assertEquals("2025-11-19", seed.version());
        assertEquals("TRON", wallet(entry(seed, "55045"), "TL1k1U6SHohxBqb68kCodxHc9y2LXoDSep").chain());
    }

    @Test
    void unknownContentIsRefusedWithItsFirstBytes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("list.xml");
        Files.writeString(file, "hello, this is not a list");
        IOException e = assertThrows(IOException.class, () -> loader.load("X", "file:" + file));
        assertTrue(e.getMessage().contains("unrecognised list format"), e.getMessage());
    }

    @Test
    void formatIsDetectedFromContentNotName(@TempDir Path dir) throws IOException {
        Path misnamed = dir.resolve("un-list.csv");
        Files.copy(SharedData.require("sanctions/un/UN_consolidated.xml"), misnamed);
        assertEquals("2026-02-27", loader.load("UN", "file:" + misnamed).version());
    }

    static WatchListEntry entry(WatchList list, String id) {
        Optional<WatchListEntry> found = list.entries().stream().filter(e -> e.entryId().equals(id)).findFirst();
        assertTrue(found.isPresent(), "no entry " + id + " in " + list.name());
        return found.get();
    }

    static List<String> names(WatchListEntry entry) {
        return entry.names().stream().map(ListedName::name).collect(Collectors.toList());
    }

    static Wallet wallet(WatchListEntry entry, String address) {
        Wallet wallet = entry.wallets().stream().filter(w -> w.address().equals(address)).findFirst().orElse(null);
        assertNotNull(wallet, "no wallet " + address + " on " + entry.entryId() + ": " + entry.wallets());
        return wallet;
    }
}
