package dev.warden.screening.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.warden.facts.Party;
import dev.warden.facts.PartyRole;
import dev.warden.facts.PartyType;
import dev.warden.facts.ScreeningHit;
import dev.warden.screening.ScreeningIndex;
import dev.warden.screening.list.WatchList;
import dev.warden.screening.load.ListLoader;

/**
 * Screening of one party (name, country, wallet, BIC) against the full OFAC SDN + UN + OFAC consolidated lists,
 * as the decision path calls it. Parties cycle through made-up people (no hit), treated UN names (hits) and
 * companies with a BIC and a wallet.
 */
@State(Scope.Benchmark)
public class ScreeningBenchmark {
    private ScreeningIndex index;
    private Party[] parties;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        useIndex(new ScreeningIndex(fullLists(BenchData.root())));
    }

    /** Screens against an index already built, with the same parties. */
    void useIndex(ScreeningIndex built) throws IOException {
        index = built;
        List<Party> list = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (String name : names(BenchData.root().resolve("matching/yente/negatives_global.csv"), 300)) {
            list.add(Party.builder(PartyRole.BENEFICIARY).name(name).type(PartyType.INDIVIDUAL).country("DE").asOf(day));
        }
        for (String name : names(BenchData.root().resolve("matching/yente/positives_un_treated.csv"), 100)) {
            list.add(Party.builder(PartyRole.BENEFICIARY).name(name).type(PartyType.INDIVIDUAL).asOf(day));
        }
        for (String name : List.of("Sberbank of Russia", "VTB Bank", "Garantex Europe", "Grinex", "Aurora Trading LLC")) {
            list.add(Party.builder(PartyRole.BENEFICIARY).name(name).type(PartyType.COMPANY).bic("SABRRUMMXXX")
                    .walletAddress("TL1k1U6SHohxBqb68kCodxHc9y2LXoDSep").chain("TRON").asOf(day));
        }
        parties = list.toArray(Party[]::new);
    }

    static List<WatchList> fullLists(Path root) throws IOException {
        ListLoader loader = new ListLoader();
        return List.of(
                loader.load("OFAC_SDN", "file:" + root.resolve("sanctions/ofac/sls-2025-11-19/sdn_advanced.xml.bz2")),
                loader.load("UN", "file:" + root.resolve("sanctions/un/UN_consolidated.xml")),
                loader.load("OFAC_CONSOLIDATED", "file:" + root.resolve("sanctions/ofac/consolidated-2025-12-19/cons_prim.csv")));
    }

    private static List<String> names(Path csv, int max) throws IOException {
        List<String> names = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null && names.size() < max) {
                String name = line.startsWith("\"") ? line.substring(1, line.indexOf('"', 1)) : line.substring(0, line.indexOf(','));
                if (!name.isBlank()) names.add(name);
            }
        }
        return names;
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.Throughput})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<ScreeningHit> screenOneParty() {
        Party party = parties[next];
        next = next + 1 == parties.length ? 0 : next + 1;
        return index.screen(party);
    }
}
