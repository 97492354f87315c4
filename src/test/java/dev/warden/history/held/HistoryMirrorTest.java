package dev.warden.history.held;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.warden.facts.AccountActivity;
import dev.warden.facts.PastTransaction;
import dev.warden.history.HistoryConfig;
import dev.warden.history.HistoryRequest;
import dev.warden.history.HistoryRequest.Bounds;
import dev.warden.history.HistoryRequest.Decided;
import dev.warden.history.HistoryRequest.Keys;
import dev.warden.history.HistorySource;
import dev.warden.history.HistoryWindow;
import dev.warden.history.HistoryWritten;
import dev.warden.history.UpstreamHops;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The history held in the service against PostgreSQL: the same windows, upstream hops and counterparty memory as
 * {@link HistoryWindow}; complete after others' commits (also of writers in progress at the last look) and after a
 * bulk import; bounded by retention and row count; no answers after a failed look until one succeeds.
 */
@QuarkusTest
class HistoryMirrorTest {
    private static final Instant AS_OF = Instant.parse("2025-03-10T12:00:00Z");
    private static final Duration MONTH = Duration.ofDays(30);
    private static final Duration YEAR = Duration.ofDays(365);
    /** The clock the mirrors run on: a day after AS_OF (their retention counts back from the newest row held). */
    private static final Clock CLOCK = Clock.fixed(AS_OF.plus(Duration.ofDays(1)), ZoneOffset.UTC);

    @Inject
    DataSource dataSource;
    @Inject
    HistoryWindow window;
    @Inject
    BeanManager beans;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    record Settings(boolean enabled, Duration retention, int maxRows, Duration pollInterval)
            implements HistoryConfig.Mirror {
    }

    private HistoryMirror mirror(DataSource source, Duration retention, int maxRows, int maxLookRows) {
        return new HistoryMirror(source, new Settings(true, retention, maxRows, Duration.ofSeconds(1)), MONTH,
                UpstreamHops.Settings.DEFAULT, CLOCK, maxLookRows);
    }

    @Test
    void answersWhatPostgresAnswersForWindowsUpstreamHopsAndMemory() throws Exception {
        // A chain source -> mule -> payer -> payee (first transfers), a busy payee, party legs, rows at and past the
        // window's edges, and a repeat payment for the memory.
        insert("src-mule", "source", "mule", AS_OF.minus(Duration.ofDays(3)), "p-source", null, true);
        insert("mule-payer", "mule", "payer", AS_OF.minus(Duration.ofDays(2)), null, "p-payer", true);
        insert("payer-payee-old", "payer", "payee", AS_OF.minus(Duration.ofDays(200)), "p-payer", null, true);
        insert("payer-other", "other", "elsewhere", AS_OF.minus(Duration.ofHours(5)), "p-payer", null, false);
        insert("edge", "payer", "x", AS_OF.minus(MONTH), "p-payer", null, false);
        insert("past-edge", "payer", "x", AS_OF.minus(MONTH).minusSeconds(1), "p-payer", null, false);
        insert("later", "payer", "payee", AS_OF.plusSeconds(1), "p-payer", null, false);
        for (int i = 0; i < 20; i++) {
            insert("busy-" + i, "b" + i, "payee", AS_OF.minus(Duration.ofHours(i + 1)), null, null, true);
        }
        // The busy payee also pays out, and once to itself (a row both of its branches find).
        for (int i = 0; i < 3; i++) {
            insert("payee-out-" + i, "payee", "c" + i, AS_OF.minus(Duration.ofHours(2L * i + 1)).plusSeconds(30), null,
                    null, i == 0);
        }
        insert("payee-self", "payee", "payee", AS_OF.minus(Duration.ofHours(4)), "p-payer", "p-payer", false);
        insert("itself", "payer", "payee", AS_OF, "p-payer", null, false);
        HistoryMirror mirror = mirror(dataSource, Duration.ofDays(400), 1_000_000, 1_000);
        mirror.load();

        for (HistoryRequest request : List.of(
                request(List.of(acc("payer"), acc("payee")), List.of(party("p-payer")), acc("payer"), acc("payee"), 2000),
                request(List.of(acc("payer"), acc("payee")), List.of(party("p-payer")), acc("payer"), acc("payee"), 5),
                request(List.of(acc("mule")), List.of(), acc("mule"), null, 2000),
                request(List.of(acc("payee")), List.of(), null, null, 2000),
                request(List.of(acc("payee")), List.of(party("p-payer")), acc("payee"), null, 5),
                request(List.of(acc("payee")), List.of(), acc("payee"), null, 7))) {
            assertThat(mirror.covers(request)).isTrue();
            assertThat(described(mirror.load(request))).as("%s", request).isNotEmpty()
                    .isEqualTo(described(windows(window, request)));
        }
        HistoryRequest toKnown = request(List.of(acc("mule")), List.of(), acc("mule"), null, 2000)
                .knowing(new AccountActivity(false, 2L, 2L));
        assertThat(described(mirror.load(toKnown))).as("a transfer to a known counterparty")
                .isEqualTo(described(windows(window, toKnown)));
        assertThat(mirror.load(request(List.of(acc("payer")), List.of(), acc("payer"), null, 2000)).stream()
                .map(t -> t.getTransactionId() + "@" + t.getHop()).toList()).as("the upstream hops are there").contains(id("mule-payer") + "@0", id("src-mule") + "@1");
        for (String[] pair : new String[][] {{"payer", "payee"}, {"mule", "payer"}, {"payee", "mule"}, {"nobody", "payee"},
                {"payee", "payee"}, {"b3", "payee"}, {"payee", "c1"}}) {
            assertThat(mirror.activity(acc(pair[0]), acc(pair[1]), AS_OF, YEAR, id("itself")))
                    .as("%s -> %s", pair[0], pair[1])
                    .isEqualTo(window.recall(memoryOf(acc(pair[0]), acc(pair[1]), id("itself"), YEAR)).activity());
        }
        assertThat(mirror.activity(acc("payer"), acc("payee"), AS_OF, YEAR, id("itself")).newCounterparty()).isFalse();
    }

    @Test
    void seesWhatOthersCommitAfterItLooksIncludingWritersInProgressAtTheLastLook() throws Exception {
        HistoryMirror mirror = mirror(dataSource, Duration.ofDays(400), 1_000_000, 1_000);
        mirror.load();
        HistoryRequest request = request(List.of(acc("payer")), List.of(), acc("payer"), null, 2000);
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            insert(slow, "slow", "payer", "a", AS_OF.minus(Duration.ofHours(2)), true);
            mirror.catchUp(); // the slow writer is in progress at this look's snapshot
            insert("fast", "payer", "b", AS_OF.minus(Duration.ofHours(1)), null, null, true);
            mirror.catchUp();
            assertThat(ids(mirror.load(request))).containsExactly(id("fast"));
            slow.commit();
        }
        mirror.catchUp();
        assertThat(ids(mirror.load(request))).containsExactly(id("fast"), id("slow"));
        assertThat(described(mirror.load(request))).isEqualTo(described(windows(window, request)));
    }

    @Test
    void reloadsAfterMoreRowsThanOneLookTakes() throws Exception {
        HistoryMirror mirror = mirror(dataSource, Duration.ofDays(400), 1_000_000, 5);
        mirror.load();
        for (int i = 0; i < 8; i++) insert("import-" + i, "importer", "c" + i, AS_OF.minusSeconds(i + 1), null, null, true);
        HistoryRequest request = request(List.of(acc("importer")), List.of(), null, null, 2000);
        mirror.catchUp();
        assertThat(mirror.covers(request)).as("the look found more than it takes: reload").isFalse();
        assertThat(mirror.load(request)).as("no answer from what it held before the import").isNull();
        mirror.tick();
        assertThat(mirror.covers(request)).isTrue();
        assertThat(mirror.load(request)).hasSize(8);
    }

    @Test
    void holdsTheRetentionAndTheNewestRowsOnlyAndSaysSo() throws Exception {
        insert("recent", "keeper", "k", AS_OF.minus(Duration.ofDays(1)), null, null, true);
        HistoryMirror shortMemory = mirror(dataSource, Duration.ofDays(40), 1_000_000, 1_000);
        shortMemory.load();
        HistoryRequest now = request(List.of(acc("keeper")), List.of(), null, null, 2000);
        assertThat(shortMemory.covers(now)).isTrue();
        assertThat(shortMemory.coversMemory(AS_OF, YEAR)).as("a year reaches past 40 days").isFalse();
        assertThat(shortMemory.activity(acc("keeper"), acc("k"), AS_OF, YEAR, "none")).isNull();
        HistoryRequest lateArrival = new HistoryRequest(new Decided("none", AS_OF.minus(Duration.ofDays(30))),
                Keys.ofAccounts(now.accounts()), new Bounds(MONTH, 2000));
        assertThat(shortMemory.load(lateArrival)).isNull();
        assertThat(new LiveHistory(shortMemory, window).recall(memoryOf(acc("keeper"), acc("k"), "none", YEAR))
                .activity())
                .as("PostgreSQL answers what the mirror does not hold")
                .isEqualTo(window.recall(memoryOf(acc("keeper"), acc("k"), "none", YEAR)).activity());
        assertThat(shortMemory.covers(lateArrival)).as("a late arrival's window reaches past what is held").isFalse();

        HistoryMirror three = mirror(dataSource, Duration.ofDays(400), 3, 1_000);
        three.load();
        assertThat(three.heldRows()).as("a load keeps the newest max-rows").isBetween(1L, 3L);

        HistoryMirror all = mirror(dataSource, Duration.ofDays(400), 1_000_000, 1_000);
        all.load();
        long before = all.heldRows();
        HistoryMirror bounded = mirror(dataSource, Duration.ofDays(400), (int) before + 2, 1_000);
        bounded.load();
        Instant since = bounded.heldSince();
        for (int i = 0; i < 5; i++) insert("more-" + i, "keeper", "m" + i, AS_OF.plus(Duration.ofHours(i + 1)), null, null, true);
        bounded.catchUp();
        assertThat(bounded.heldRows()).as("the oldest go to keep within max-rows").isLessThanOrEqualTo(before + 2);
        assertThat(bounded.heldSince()).as("and what reaches back to them reads PostgreSQL").isAfter(since);
        HistoryRequest pastTheBoundary = new HistoryRequest(new Decided("none", since.plus(MONTH)),
                Keys.ofAccounts(now.accounts()), new Bounds(MONTH, 2000));
        assertThat(bounded.covers(pastTheBoundary)).isFalse();
        assertThat(bounded.load(pastTheBoundary)).isNull();
    }

    @Test
    void keepsACopyOfAStringOnlyWhileARowItHoldsHasIt() throws Exception {
        // The newest row held is capped a day past the clock, so the retention starts at a known moment.
        Instant newest = CLOCK.instant().plus(Duration.ofDays(1));
        Instant from = newest.minus(Duration.ofDays(400));
        insert("s-newest", "s-keeper", "s-recent", newest, null, null, true);
        insert("s-oldest", "s-fading", "s-keeper", from.plus(Duration.ofHours(1)), null, null, true);
        HistoryMirror counting = mirror(dataSource, Duration.ofDays(400), 1_000_000, 1_000);
        counting.load();
        HistoryMirror mirror = mirror(dataSource, Duration.ofDays(400), (int) counting.heldRows() + 1, 1_000);
        mirror.load();
        assertThat(mirror.sharesString(acc("s-fading"))).isTrue();

        insert("s-too-old", "s-ancient", "s-keeper", from.minus(Duration.ofDays(1)), null, null, true);
        insert("s-more-1", "s-keeper", "s-m1", AS_OF, null, null, true);
        insert("s-more-2", "s-keeper", "s-m2", AS_OF, null, null, true);
        mirror.catchUp();
        assertThat(mirror.heldSince()).as("past max-rows the oldest tenth of the span went")
                .isAfter(from.plus(Duration.ofHours(1)));
        assertThat(mirror.sharesString(acc("s-fading"))).as("only a dropped row had it").isFalse();
        assertThat(mirror.sharesString(acc("s-ancient"))).as("read, but older than what is held").isFalse();
        assertThat(mirror.sharesString(acc("s-keeper"))).as("rows still held have it").isTrue();
        assertThat(mirror.sharesString(acc("s-m2"))).isTrue();
    }

    @Test
    void aReloadKeepsNoStringOfWhatItNoLongerHolds() throws Exception {
        HistoryMirror mirror = mirror(dataSource, Duration.ofDays(400), 1_000_000, 5);
        insert("r-by-hand", "r-gone", "r-gone-too", AS_OF.minus(Duration.ofDays(1)), null, null, true);
        mirror.load();
        assertThat(mirror.sharesString(acc("r-gone"))).isTrue();
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM transactions WHERE transaction_id = ?")) {
            delete.setString(1, id("r-by-hand"));
            assertThat(delete.executeUpdate()).isOne();
        }
        for (int i = 0; i < 8; i++) {
            insert("r-import-" + i, "r-importer", "r" + i, AS_OF.minusSeconds(i + 1), null, null, true);
        }
        mirror.catchUp(); // more rows than a look takes: the mirror reloads
        mirror.tick();
        assertThat(mirror.sharesString(acc("r-importer"))).isTrue();
        assertThat(mirror.sharesString(acc("r-gone"))).as("deleted by hand, so not reloaded").isFalse();
        assertThat(mirror.sharesString(acc("r-gone-too"))).isFalse();
    }

    @Test
    void isToldOfThisReplicasWritesByTheEventTheWritersFire() {
        assertThat(beans.resolveObserverMethods(new HistoryWritten())).extracting(ObserverMethod::getBeanClass)
                .containsExactly(HistoryMirror.class);
    }

    @Test
    void answersNothingAfterAFailedLookUntilOneSucceeds() throws Exception {
        AtomicBoolean down = new AtomicBoolean();
        DataSource flaky = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (down.get() && method.getName().equals("getConnection")) throw new SQLException("database down");
                    try {
                        return method.invoke(dataSource, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        HistoryMirror mirror = mirror(flaky, Duration.ofDays(400), 1_000_000, 1_000);
        mirror.load();
        HistoryRequest request = request(List.of(acc("payer")), List.of(), null, null, 2000);
        assertThat(mirror.covers(request)).isTrue();
        down.set(true);
        insert("while-down", "payer", "d", AS_OF.minusSeconds(5), null, null, true);
        mirror.catchUp();
        assertThat(mirror.covers(request)).as("rows may be missing").isFalse();
        down.set(false);
        mirror.catchUp();
        assertThat(mirror.covers(request)).isTrue();
        assertThat(ids(mirror.load(request))).containsExactly(id("while-down"));
    }

    private HistoryRequest request(List<String> accounts, List<String> parties, String upstreamOf, String beneficiary,
            int maxRows) {
        return new HistoryRequest(new Decided(id("itself"), AS_OF), new Keys(accounts, parties, upstreamOf, beneficiary),
                new Bounds(MONTH, maxRows));
    }

    /** Each transaction with what a rule sees of it that the two sources compute: hop and age. */
    private static List<String> described(List<PastTransaction> past) {
        List<String> described = new ArrayList<>();
        for (PastTransaction t : past) {
            described.add(t.getTransactionId() + "@" + t.getHop() + " " + t.getAgeMinutes() + "min " + t.getAmountUsd()
                    + " " + t.getOriginatorPartyId() + ">" + t.getBeneficiaryPartyId() + " " + t.isNewCounterparty());
        }
        return described;
    }

    private static List<String> ids(List<PastTransaction> past) {
        return past.stream().map(PastTransaction::getTransactionId).toList();
    }

    private String acc(String name) {
        return "hm-" + run + "-" + name;
    }

    private String party(String name) {
        return "hm-" + run + "-" + name;
    }

    private String id(String name) {
        return "hm-" + run + "-" + name;
    }

    /** A row written by another writer than this replica's journal (another replica, an import). */
    private void insert(String name, String from, String to, Instant at, String originatorParty,
            String beneficiaryParty, boolean first) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            insert(c, name, from, to, at, first, originatorParty == null ? null : party(originatorParty),
                    beneficiaryParty == null ? null : party(beneficiaryParty));
        }
    }

    private void insert(Connection c, String name, String from, String to, Instant at, boolean first)
            throws SQLException {
        insert(c, name, from, to, at, first, null, null);
    }

    private void insert(Connection c, String name, String from, String to, Instant at, boolean first,
            String originatorParty, String beneficiaryParty) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO transactions (transaction_id, occurred_at, type, amount, currency, amount_usd,
                    originator_account, beneficiary_account, originator_party_id, beneficiary_party_id,
                    originator_country, beneficiary_country, new_counterparty)
                VALUES (?, ?, 'WIRE', ?, 'USD', ?, ?, ?, ?, ?, 'DE', 'AE', ?)""")) {
            s.setString(1, id(name));
            s.setTimestamp(2, Timestamp.from(at));
            s.setBigDecimal(3, new BigDecimal("1250.5"));
            s.setBigDecimal(4, new BigDecimal("1250.505"));
            s.setString(5, acc(from));
            s.setString(6, acc(to));
            s.setString(7, originatorParty);
            s.setString(8, beneficiaryParty);
            s.setBoolean(9, first);
            s.executeUpdate();
        }
    }

    /** The counterparty memory of a transfer from {@code from} to {@code to} at AS_OF, alone. */
    private static HistoryRequest memoryOf(String from, String to, String exclude, Duration memory) {
        return new HistoryRequest(new Decided(exclude, AS_OF), Keys.ofPair(from, to), Bounds.NONE).remembering(memory);
    }

    /** Hop 0 and the upstream hops {@code source} recalls for {@code request}. */
    private static List<PastTransaction> windows(HistorySource source, HistoryRequest request) {
        return source.recall(request).transactions();
    }
}
