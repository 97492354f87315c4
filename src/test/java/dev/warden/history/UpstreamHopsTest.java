package dev.warden.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.warden.decision.DecisionJournal;
import dev.warden.decision.DecisionRow;
import dev.warden.engine.Outcome;
import dev.warden.facts.PastTransaction;
import dev.warden.history.HistoryRequest.Bounds;
import dev.warden.history.HistoryRequest.Decided;
import dev.warden.history.HistoryRequest.Keys;
import dev.warden.history.held.InMemoryHistory;
import dev.warden.facts.TransactionType;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Upstream hops against PostgreSQL and in memory: who paid the payer, and who paid them, labelled with their
 * distance, bounded by depth, window and rows, and the same answer from both sources.
 */
@QuarkusTest
class UpstreamHopsTest {
    private static final Instant AS_OF = Instant.parse("2024-06-10T12:00:00Z");

    @Inject
    javax.sql.DataSource dataSource;
    @Inject
    DecisionJournal journal;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final InMemoryHistory memory = new InMemoryHistory(new UpstreamHops.Settings(2, Duration.ofDays(10), 100));
    private final List<PastTransaction> recorded = new ArrayList<>();

    @Test
    void followsTheMoneyUpstreamToTheConfiguredDepthAndWindowInBothSources() throws Exception {
        // d -> c -> b -> a (the originator) -> z; c also paid a sibling; e paid d too long ago
        record("a-to-z-earlier", acc("a"), acc("z"), AS_OF.minus(Duration.ofDays(1)), null);
        record("b-pays-a", acc("b"), acc("a"), AS_OF.minus(Duration.ofHours(5)), null);
        record("c-pays-b", acc("c"), acc("b"), AS_OF.minus(Duration.ofHours(20)), null);
        record("c-pays-sibling", acc("c"), acc("sibling"), AS_OF.minus(Duration.ofHours(21)), null);
        record("d-pays-c", acc("d"), acc("c"), AS_OF.minus(Duration.ofDays(2)), null);
        record("e-pays-d", acc("e"), acc("d"), AS_OF.minus(Duration.ofDays(3)), null);
        record("f-paid-b-too-long-ago", acc("f"), acc("b"), AS_OF.minus(Duration.ofDays(11)), null);
        record("unrelated", acc("x"), acc("y"), AS_OF.minus(Duration.ofHours(1)), null);

        HistoryRequest request = request(new Keys(List.of(acc("a"), acc("new")), List.of(), acc("a"), null),
                Duration.ofDays(30), 100);
        Map<String, Integer> sql = hops(windows(new HistoryWindow(dataSource,
                new UpstreamHops.Settings(2, Duration.ofDays(10), 100)), request));

        assertThat(sql).containsExactlyInAnyOrderEntriesOf(Map.of(
                id("a-to-z-earlier"), 0, id("b-pays-a"), 0,
                id("c-pays-b"), 1,
                id("c-pays-sibling"), 2, id("d-pays-c"), 2));
        assertThat(hops(windows(memory, request))).isEqualTo(sql);
    }

    @Test
    void aCycleBackToTheBeneficiaryShowsAsAnUpstreamTransactionFromIt() throws Exception {
        // beneficiary -> m -> originator, and now originator -> beneficiary closes the loop
        record("ben-pays-m", acc("ben"), acc("m"), AS_OF.minus(Duration.ofHours(30)), null);
        record("m-pays-orig", acc("m"), acc("orig"), AS_OF.minus(Duration.ofHours(10)), null);
        HistoryRequest request = request(new Keys(List.of(acc("orig"), acc("ben")), List.of(), acc("orig"), null),
                Duration.ofDays(30), 100);
        List<PastTransaction> past = windows(new HistoryWindow(dataSource, UpstreamHops.Settings.DEFAULT), request);
        // The loop's first leg is the beneficiary's own transaction, so it is hop 0 and not repeated upstream.
        assertThat(hops(past)).containsExactlyInAnyOrderEntriesOf(Map.of(id("ben-pays-m"), 0, id("m-pays-orig"), 0));
        assertThat(hops(windows(memory, request))).isEqualTo(hops(past));
    }

    @Test
    void rowsOverAllLevelsAreBoundedAndDepthZeroTurnsItOff() throws Exception {
        for (int i = 0; i < 6; i++) {
            record("p" + i + "-pays-o", acc("p" + i), acc("o"), AS_OF.minus(Duration.ofHours(i + 1)), null);
            record("q" + i + "-pays-p", acc("q" + i), acc("p" + i), AS_OF.minus(Duration.ofHours(i + 10)), null);
        }
        HistoryRequest request = request(new Keys(List.of(acc("o")), List.of(), acc("o"), null),
                Duration.ofDays(30), 100);
        List<PastTransaction> bounded = windows(new HistoryWindow(dataSource,
                new UpstreamHops.Settings(3, Duration.ofDays(10), 4)), request);
        assertThat(bounded.stream().filter(t -> t.getHop() > 0)).hasSize(4);
        assertThat(windows(new HistoryWindow(dataSource, UpstreamHops.Settings.NONE), request)).hasSize(6)
                .allSatisfy(t -> assertThat(t.getHop()).isZero());
    }

    @Test
    void hopZeroAlsoHoldsWhatTheOriginatorsPartySentFromItsOtherAccounts() throws Exception {
        String party = "party-" + run;
        record("other-account-sent", acc("second"), acc("payee"), AS_OF.minus(Duration.ofHours(2)), party);
        record("someone-else-sent", acc("third"), acc("payee"), AS_OF.minus(Duration.ofHours(2)), "another-" + run);
        HistoryRequest request = request(new Keys(List.of(acc("first")), List.of(party), acc("first"), null),
                Duration.ofDays(1), 100);
        assertThat(hops(windows(new HistoryWindow(dataSource, UpstreamHops.Settings.DEFAULT), request)))
                .containsOnlyKeys(id("other-account-sent"));
        assertThat(hops(windows(memory, request))).containsOnlyKeys(id("other-account-sent"));
    }

    @Test
    void bothSourcesAnswerTheSameRowsInTheSameOrderWithEqualTimesOverlapsAndBounds() throws Exception {
        // Everything at one instant, so only the tie-break orders it; a->b is met by four branches (both accounts,
        // the originator's party on both sides), and the bounds cut through the equal times.
        String party = "party-" + run;
        Instant at = AS_OF.minus(Duration.ofHours(1));
        record("t3-a-to-b", acc("a"), acc("b"), at, party, party);
        record("t1-a-to-x", acc("a"), acc("x"), at, party, null);
        record("t5-y-to-a", acc("y"), acc("a"), at, null, party);
        record("t2-second-account", acc("second"), acc("z"), at, party, null);
        record("t4-p-pays-y", acc("p"), acc("y"), at.minusSeconds(60), null, null);
        record("t0-older", acc("b"), acc("z"), at.minusSeconds(1), null, null);
        for (int maxRows : new int[] {2, 4, 100}) {
            for (UpstreamHops.Settings settings : List.of(UpstreamHops.Settings.NONE, new UpstreamHops.Settings(2,
                    Duration.ofDays(10), 1), UpstreamHops.Settings.DEFAULT)) {
                HistoryRequest request = request(new Keys(List.of(acc("a"), acc("b")), List.of(party), acc("a"), null),
                        Duration.ofDays(1), maxRows);
                List<String> sql = idsAndHops(windows(new HistoryWindow(dataSource, settings), request));
                assertThat(idsAndHops(windows(inMemory(settings), request)))
                        .as("maxRows %d, %s", maxRows, settings).isEqualTo(sql);
            }
        }
        assertThat(idsAndHops(windows(new HistoryWindow(dataSource, UpstreamHops.Settings.NONE),
                request(new Keys(List.of(acc("a"), acc("b")), List.of(party), acc("a"), null), Duration.ofDays(1), 4))))
                .containsExactly(id("t5-y-to-a") + "@0", id("t3-a-to-b") + "@0", id("t2-second-account") + "@0",
                        id("t1-a-to-x") + "@0");
    }

    @Test
    void aTransferToAKnownCounterpartyWalksOnlyTheLevelsSetForItInBothSources() throws Exception {
        // d -> c -> b -> a (the originator), first transfers; a paid z before (a known counterparty), never y.
        record("a-paid-z-before", acc("a"), acc("z"), AS_OF.minus(Duration.ofDays(40)), null);
        record("b-pays-a", acc("b"), acc("a"), AS_OF.minus(Duration.ofHours(5)), null);
        record("c-pays-b", acc("c"), acc("b"), AS_OF.minus(Duration.ofHours(20)), null);
        record("d-pays-c", acc("d"), acc("c"), AS_OF.minus(Duration.ofDays(2)), null);
        UpstreamHops.Settings settings = new UpstreamHops.Settings(3, 1, Duration.ofDays(10), 100,
                UpstreamHops.Settings.DEFAULT_ROWS_PER_ACCOUNT, UpstreamHops.Follow.FIRST_TRANSFERS);
        HistoryWindow database = new HistoryWindow(dataSource, settings);
        InMemoryHistory inMemory = inMemory(settings);

        HistoryRequest toKnown = request(new Keys(List.of(acc("a"), acc("z")), List.of(), acc("a"), acc("z")),
                Duration.ofDays(30), 100);
        HistorySource.Recalled known = database.recall(toKnown.remembering(Duration.ofDays(365)));
        assertThat(known.activity().newCounterparty()).isFalse();
        // The originator's payers' rows (hop 1), not who paid them (hop 2); the earlier payment to z is past the
        // 30-day window, within the year the memory spans.
        assertThat(hops(known.transactions())).containsExactlyInAnyOrderEntriesOf(Map.of(
                id("b-pays-a"), 0, id("c-pays-b"), 1));
        assertThat(hops(windows(inMemory, toKnown.remembering(Duration.ofDays(365)))))
                .isEqualTo(hops(known.transactions()));

        HistoryRequest toNew = request(new Keys(List.of(acc("a"), acc("y")), List.of(), acc("a"), acc("y")),
                Duration.ofDays(30), 100);
        HistorySource.Recalled fresh = database.recall(toNew.remembering(Duration.ofDays(365)));
        assertThat(fresh.activity().newCounterparty()).isTrue();
        assertThat(hops(fresh.transactions())).containsEntry(id("c-pays-b"), 1).containsEntry(id("d-pays-c"), 2);
        assertThat(hops(windows(inMemory, toNew.remembering(Duration.ofDays(365)))))
                .isEqualTo(hops(fresh.transactions()));
        // Without the memory asked, nothing is known: the full depth.
        assertThat(hops(windows(database, toKnown))).containsEntry(id("d-pays-c"), 2);
    }

    @Test
    void onlyFirstTransfersLeadUpstreamUnlessAllAreFollowed() throws Exception {
        // s pays a (the originator) as it always does (a standing relationship); b paid a for the first time, c paid
        // b for the first time, d pays c as always, e paid d.
        record("s-pays-a-as-always", acc("s"), acc("a"), AS_OF.minus(Duration.ofHours(1)), null, null, false);
        record("r-pays-s", acc("r"), acc("s"), AS_OF.minus(Duration.ofHours(2)), null, null, true);
        record("b-pays-a-first-time", acc("b"), acc("a"), AS_OF.minus(Duration.ofHours(1)), null, null, true);
        record("c-pays-b-first-time", acc("c"), acc("b"), AS_OF.minus(Duration.ofHours(2)), null, null, true);
        record("d-pays-c-as-always", acc("d"), acc("c"), AS_OF.minus(Duration.ofHours(3)), null, null, false);
        record("e-pays-d", acc("e"), acc("d"), AS_OF.minus(Duration.ofHours(4)), null, null, true);
        HistoryRequest request = request(new Keys(List.of(acc("a")), List.of(), acc("a"), null),
                Duration.ofDays(30), 100);

        UpstreamHops.Settings firstTransfers = new UpstreamHops.Settings(3, Duration.ofDays(10), 100);
        Map<String, Integer> followed = hops(windows(new HistoryWindow(dataSource, firstTransfers), request));
        // b and c are followed, through first transfers; s (a standing payer) and d are not.
        assertThat(followed).containsExactlyInAnyOrderEntriesOf(Map.of(id("s-pays-a-as-always"), 0,
                id("b-pays-a-first-time"), 0, id("c-pays-b-first-time"), 1, id("d-pays-c-as-always"), 2));
        assertThat(hops(windows(inMemory(firstTransfers), request))).isEqualTo(followed);

        UpstreamHops.Settings all = new UpstreamHops.Settings(3, UpstreamHops.Settings.DEFAULT_KNOWN_COUNTERPARTY_DEPTH,
                Duration.ofDays(10), 100, UpstreamHops.Settings.DEFAULT_ROWS_PER_ACCOUNT, UpstreamHops.Follow.ALL);
        Map<String, Integer> everything = hops(windows(new HistoryWindow(dataSource, all), request));
        assertThat(everything).containsEntry(id("r-pays-s"), 1).containsEntry(id("e-pays-d"), 3).hasSize(6);
        assertThat(hops(windows(inMemory(all), request))).isEqualTo(everything);
    }

    @Test
    void aBusyAccountUpstreamBringsItsNewestRowsEachWayAndIsNotFollowedFurther() throws Exception {
        // o was paid by five accounts; p, the newest, received from five and paid five others (a hub at a bound of
        // three); payer1 received from x, who was paid by y.
        for (int i = 0; i < 5; i++) {
            record("payer" + i + "-pays-o", acc(i == 0 ? "p" : "payer" + i), acc("o"), AS_OF.minus(Duration.ofHours(i + 1)), null);
            record("in" + i + "-pays-p", acc("in" + i), acc("p"), AS_OF.minus(Duration.ofHours(10 + i)), null);
            record("z-pays-in" + i, acc("z"), acc("in" + i), AS_OF.minus(Duration.ofHours(30 + i)), null);
            record("p-pays-out" + i, acc("p"), acc("out" + i), AS_OF.minus(Duration.ofHours(20 + i)), null);
        }
        record("x-pays-payer1", acc("x"), acc("payer1"), AS_OF.minus(Duration.ofHours(40)), null);
        record("w-pays-payer4", acc("w"), acc("payer4"), AS_OF.minus(Duration.ofHours(40)), null);
        record("y-pays-x", acc("y"), acc("x"), AS_OF.minus(Duration.ofHours(50)), null);
        HistoryRequest request = request(new Keys(List.of(acc("o")), List.of(), acc("o"), null),
                Duration.ofDays(30), 100);
        UpstreamHops.Settings three = new UpstreamHops.Settings(2, UpstreamHops.Settings.DEFAULT_KNOWN_COUNTERPARTY_DEPTH,
                Duration.ofDays(10), 100, 3, UpstreamHops.Follow.FIRST_TRANSFERS);
        List<PastTransaction> past = windows(new HistoryWindow(dataSource, three), request);

        // Hop 1: the newest three payers of o (p, payer1, payer2), each with its newest three transactions each way;
        // payer3 and payer4 are older payers of o, not followed (so w-pays-payer4 is not loaded).
        assertThat(past.stream().filter(t -> t.getHop() == 1).map(PastTransaction::getTransactionId))
                .containsExactlyInAnyOrder(id("in0-pays-p"), id("in1-pays-p"), id("in2-pays-p"), id("p-pays-out0"),
                        id("p-pays-out1"), id("x-pays-payer1"));
        // Hop 2: x, who paid payer1, is followed; p's payers are not (p's inflows fill the bound).
        assertThat(past.stream().filter(t -> t.getHop() == 2).map(PastTransaction::getTransactionId))
                .containsExactly(id("y-pays-x"));
        assertThat(idsAndHops(windows(inMemory(three), request))).isEqualTo(idsAndHops(past));
    }

    private InMemoryHistory inMemory(UpstreamHops.Settings settings) {
        InMemoryHistory history = new InMemoryHistory(settings);
        recorded.forEach(history::add);
        return history;
    }

    private static List<String> idsAndHops(List<PastTransaction> past) {
        return past.stream().map(t -> t.getTransactionId() + "@" + t.getHop()).toList();
    }

    private static Map<String, Integer> hops(List<PastTransaction> past) {
        return past.stream().collect(Collectors.toMap(PastTransaction::getTransactionId, PastTransaction::getHop));
    }

    private String acc(String name) {
        return "up-" + run + "-" + name;
    }

    private String id(String name) {
        return "uh-" + run + "-" + name;
    }

    private void record(String name, String from, String to, Instant at, String originatorParty) throws Exception {
        record(name, from, to, at, originatorParty, null);
    }

    private void record(String name, String from, String to, Instant at, String originatorParty,
            String beneficiaryParty) throws Exception {
        record(name, from, to, at, originatorParty, beneficiaryParty, true);
    }

    /** {@code first}: the first transfer between the two accounts (stored as new_counterparty). */
    private void record(String name, String from, String to, Instant at, String originatorParty,
            String beneficiaryParty, boolean first) throws Exception {
        String transactionId = id(name);
        journal.append(new DecisionRow(UUID.randomUUID(), transactionId, "sha", "{}", "{}", Outcome.ALLOW, 0, "v",
                "{}", originatorParty, beneficiaryParty, at, Instant.now()),
                new TransactionRow(transactionId, at, "WIRE", new BigDecimal("500"), "USD", new BigDecimal("500"), from,
                        to, originatorParty, beneficiaryParty, "DE", "AE", null, null, first)).get();
        PastTransaction past = PastTransaction.builder(transactionId, TransactionType.WIRE, at)
                .amount(new BigDecimal("500"), "USD", new BigDecimal("500.00")).originator(from, originatorParty, "DE")
                .beneficiary(to, beneficiaryParty, "AE").newCounterparty(first).seenFrom(at);
        memory.add(past);
        recorded.add(past);
    }

    /** Hop 0 and the upstream hops {@code source} recalls for {@code request}. */
    private static List<PastTransaction> windows(HistorySource source, HistoryRequest request) {
        return source.recall(request).transactions();
    }

    /** What a decision at AS_OF asks of these keys' history (leaving out "none"). */
    private static HistoryRequest request(Keys keys, Duration lookback, int maxRows) {
        return new HistoryRequest(new Decided("none", AS_OF), keys, new Bounds(lookback, maxRows));
    }
}
