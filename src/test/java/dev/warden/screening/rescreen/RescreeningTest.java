package dev.warden.screening.rescreen;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.warden.facts.MatchKind;
import dev.warden.testing.Database;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Re-screening with the real list loader and PostgreSQL: an in-house list in a temporary file that the tests
 * rewrite and the registry reloads (POST /v1/watchlists/refresh), customers stored through the API.
 */
@QuarkusTest
@TestProfile(RescreeningTest.WithInHouseList.class)
class RescreeningTest {
    static final String LIST = "RESCREEN";
    static final Path FILE;
    /** The list's rows by entry id, as the tests build it up; every write publishes all of them. */
    static final Map<String, List<String>> ROWS = new LinkedHashMap<>();
    static final AtomicInteger VERSION = new AtomicInteger();

    static {
        try {
            FILE = Files.createTempFile("rescreen-list", ".csv");
            ROWS.put("BASE-1", List.of("BASE-1,ENTITY,NAME,Quorvathine Mellisandrex Holdings,"));
            write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static class WithInHouseList implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("warden.watchlists.sources",
                    "WARDEN_SEED=classpath:watchlists/warden-seed.csv," + LIST + "=file:" + FILE);
        }
    }

    @Inject
    Rescreening rescreening;
    @Inject
    RecordingRescreeningAlerts alerts;
    @Inject
    DataSource dataSource;

    @Test
    void aNewDesignationRaisesOneHitForTheCustomerItMatchesAndAnUnchangedReloadNone() {
        String name = rareName();
        String partyId = Requests.uniqueId("rs-new");
        putProfile(partyId, name);
        String entryId = Requests.uniqueId("E");

        RescreenRun delta = publish(() -> ROWS.put(entryId, List.of(entryId + ",INDIVIDUAL,NAME," + name + ",")));
        assertThat(delta.state()).isEqualTo(RescreenRun.State.DONE);
        assertThat(delta.kind()).isEqualTo(RescreenRun.Kind.DELTA);
        assertThat(delta.entries()).isEqualTo(1);
        assertThat(delta.screened()).isEqualTo(delta.total()).isGreaterThanOrEqualTo(1);
        List<RescreeningHit> hits = alerts.of(partyId);
        assertThat(hits).hasSize(1);
        RescreeningHit hit = hits.get(0);
        assertThat(hit.entryId()).isEqualTo(entryId);
        assertThat(hit.list()).isEqualTo(LIST);
        assertThat(hit.matchKind()).isEqualTo(MatchKind.NAME);
        assertThat(hit.newBecause()).isEqualTo(NewBecause.ENTRY_ADDED);
        assertThat(hit.score()).isGreaterThanOrEqualTo(0.86);
        assertThat(hit.why()).contains(name);
        assertThat(Database.count(dataSource, "SELECT count(*) FROM rescreening_hits WHERE party_key = ?", partyId))
                .isEqualTo(1);
        // The hit is an alert in the queue, of the re-screening source, in the party's case.
        given().queryParam("party", partyId).get("/v1/alerts").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].source", equalTo("RESCREENING"))
                .body("[0].severity", equalTo("REVIEW"))
                .body("[0].caseId", notNullValue());

        // The same file again, then a new version with the rows in another order: nothing changed, nothing raised.
        RescreenRun same = reload();
        assertThat(same.entries()).isZero();
        assertThat(same.summary()).contains("no entry");
        RescreenRun reordered = publish(() -> {
            List<String> ids = new ArrayList<>(ROWS.keySet());
            java.util.Collections.reverse(ids);
            Map<String, List<String>> reversed = new LinkedHashMap<>();
            ids.forEach(id -> reversed.put(id, ROWS.get(id)));
            ROWS.clear();
            ROWS.putAll(reversed);
        });
        assertThat(reordered.entries()).isZero();
        // A full run sees the same entry unchanged: raised once per party and entry, not again.
        awaitFull();
        assertThat(alerts.of(partyId)).hasSize(1);
    }

    @Test
    void aClearedPairStaysClearedUntilTheEntryChanges() {
        String name = rareName();
        String entryId = Requests.uniqueId("E");
        publish(() -> ROWS.put(entryId, List.of(entryId + ",INDIVIDUAL,NAME," + name + ",")));
        String partyId = Requests.uniqueId("rs-cleared");
        // Cleared before re-screening ever saw the pair (say, on a live decision's hit).
        given().contentType("application/json").body(Map.of("partyId", partyId, "list", LIST, "entryId", entryId,
                "reason", "other date of birth")).post("/v1/screening/clearances")
                .then().statusCode(201);
        putProfile(partyId, name);
        awaitFull();
        assertThat(alerts.of(partyId)).as("cleared, and the entry is as it was when cleared").isEmpty();

        RescreenRun changed = publish(() -> ROWS.put(entryId, List.of(entryId + ",INDIVIDUAL,NAME," + name + ",",
                entryId + ",INDIVIDUAL,ALIAS," + rareName() + ",")));
        assertThat(changed.entries()).isEqualTo(1);
        List<RescreeningHit> hits = alerts.of(partyId);
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).newBecause()).isEqualTo(NewBecause.ENTRY_CHANGED);
    }

    @Test
    void aWalletAddedToAnEntryRaisesOneHitForThePartyThatUsedIt() {
        String wallet = Requests.tronWallet();
        given().contentType("application/json")
                .body(Requests.cryptoTransfer(Requests.uniqueId("rs-wallet"), Requests.uniqueId("c"), "250", wallet, "TRON"))
                .post("/v1/decisions").then().statusCode(200);
        String entryId = Requests.uniqueId("E");
        String name = rareName();
        publish(() -> ROWS.put(entryId, List.of(entryId + ",ENTITY,NAME," + name + ",")));
        String beneficiary = "TRON:" + wallet;
        assertThat(alerts.of(beneficiary)).isEmpty();

        publish(() -> ROWS.put(entryId, List.of(entryId + ",ENTITY,NAME," + name + ",",
                entryId + ",ENTITY,WALLET," + wallet + ",TRON")));
        List<RescreeningHit> hits = alerts.of(beneficiary);
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).matchKind()).isEqualTo(MatchKind.WALLET);
        assertThat(hits.get(0).matched()).isEqualTo(wallet);
        assertThat(hits.get(0).newBecause()).isEqualTo(NewBecause.ENTRY_CHANGED);
        assertThat(hits.get(0).profiled()).isFalse();
    }

    @Test
    void aChangedProfileIsScreenedAtOnceAgainstTheWholeLists() {
        String name = rareName();
        String entryId = Requests.uniqueId("E");
        publish(() -> ROWS.put(entryId, List.of(entryId + ",INDIVIDUAL,NAME," + name + ",")));
        String partyId = Requests.uniqueId("rs-profile");
        putProfile(partyId, "Someone Else Entirely");
        putProfile(partyId, name);
        List<RescreeningHit> hits = await(() -> alerts.of(partyId), h -> !h.isEmpty());
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).entryId()).isEqualTo(entryId);
        assertThat(hits.get(0).newBecause()).isEqualTo(NewBecause.PROFILE_CHANGED);
        assertThat(hits.get(0).profiled()).isTrue();
    }

    @Test
    void aFullRunScreensTheWholeBaseWithProgress() {
        String name = rareName();
        String entryId = Requests.uniqueId("E");
        publish(() -> ROWS.put(entryId, List.of(entryId + ",INDIVIDUAL,NAME," + name + ",")));
        // A profile written past the API (an import), so nothing has screened it yet.
        String partyId = Requests.uniqueId("rs-full");
        Database.count(dataSource, "WITH i AS (INSERT INTO party_profiles (party_id, name, type, kyc_status, version,"
                + " updated_at) VALUES (?, ?, 'INDIVIDUAL', 'VERIFIED', 1, now()) RETURNING 1) SELECT count(*) FROM i",
                partyId, name);

        RescreenRun run = awaitFull();
        assertThat(run.kind()).isEqualTo(RescreenRun.Kind.FULL);
        assertThat(run.lists()).containsKeys(LIST, "WARDEN_SEED");
        assertThat(run.total()).isGreaterThanOrEqualTo(1);
        assertThat(run.screened()).isEqualTo(run.total());
        assertThat(run.hits()).isGreaterThanOrEqualTo(1);
        assertThat(run.startedAt()).isNotNull();
        assertThat(run.finishedAt()).isNotNull();
        List<RescreeningHit> hits = alerts.of(partyId);
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).newBecause()).isEqualTo(NewBecause.FULL_RUN);

        given().get("/v1/screening/rescreen/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/v1/screening/rescreen/not-a-uuid").then().statusCode(400);
    }

    private static void putProfile(String partyId, String name) {
        given().contentType("application/json").body(Requests.verifiedProfile(name)).put("/v1/parties/" + partyId)
                .then().statusCode(200);
    }

    /** Starts a full run through the API and waits for it (a run already under way is waited for first). */
    private RescreenRun awaitFull() {
        await(() -> rescreening.runs().stream().allMatch(RescreenRun::finished), done -> done);
        var response = given().post("/v1/screening/rescreen");
        assertThat(response.statusCode()).isEqualTo(202);
        String location = response.header("Location");
        assertThat(location).contains("/v1/screening/rescreen/");
        JsonPath run = await(() -> given().get(location).then().statusCode(200).extract().jsonPath(),
                r -> Set.of("DONE", "FAILED").contains(r.getString("state")));
        assertThat(run.getString("error")).isNull();
        return rescreening.run(UUID.fromString(run.getString("id"))).orElseThrow();
    }

    /** Changes the rows, writes a new version and reloads; returns the delta run of that load, finished. */
    private RescreenRun publish(Runnable change) {
        synchronized (ROWS) {
            change.run();
            write();
        }
        return reload();
    }

    private RescreenRun reload() {
        Set<UUID> before = rescreening.runs().stream().map(RescreenRun::id).collect(Collectors.toSet());
        given().post("/v1/watchlists/refresh").then().statusCode(200);
        return await(() -> rescreening.runs().stream().filter(r -> !before.contains(r.id()))
                .filter(r -> r.lists().containsKey(LIST) && r.finished()).findFirst().orElse(null),
                r -> r != null);
    }

    private static void write() {
        StringBuilder csv = new StringBuilder("# format: warden-watchlist-csv/1\n# version: t-" + VERSION.incrementAndGet()
                + "\nentry_id,entity_type,kind,value,chain\n");
        ROWS.values().forEach(rows -> rows.forEach(row -> csv.append(row).append('\n')));
        try {
            Files.writeString(FILE, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two made-up words no list uses: a name that matches only the entry a test lists it under. */
    private static String rareName() {
        return word() + " " + word();
    }

    private static String word() {
        String consonants = "BDFGKLMNPRSTVZ", vowels = "AEIOU";
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            word.append(consonants.charAt(random.nextInt(consonants.length())));
            word.append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static <T> T await(Supplier<T> value, java.util.function.Predicate<T> done) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(value::get, done);
    }
}
