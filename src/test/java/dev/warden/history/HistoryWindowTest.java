package dev.warden.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
import io.quarkus.test.junit.QuarkusTest;

/** The window query against PostgreSQL: what it includes, what it leaves out, how it is bounded. */
@QuarkusTest
class HistoryWindowTest {
    private static final Instant AS_OF = Instant.parse("2024-05-10T12:00:00Z");

    @Inject
    HistoryWindow window;
    @Inject
    DecisionJournal journal;

    @Test
    void loadsWhatTheAccountsSentAndReceivedWithinTheLookBackOnly() throws Exception {
        String mine = "acc-" + UUID.randomUUID();
        String other = "acc-" + UUID.randomUUID();
        record("sent-in-window", mine, other, AS_OF.minus(Duration.ofHours(3)));
        record("received-in-window", other, mine, AS_OF.minus(Duration.ofDays(29)));
        record("at-the-edge", mine, other, AS_OF.minus(Duration.ofDays(30)));
        record("too-old", mine, other, AS_OF.minus(Duration.ofDays(30)).minusSeconds(1));
        record("after-now", mine, other, AS_OF.plusSeconds(1));
        record("unrelated", other, "acc-" + UUID.randomUUID(), AS_OF.minusSeconds(60));
        record("itself", mine, other, AS_OF);

        List<PastTransaction> past = windows(window, asked(Keys.ofAccounts(List.of(mine)), Duration.ofDays(30), 100));

        assertThat(past).extracting(PastTransaction::getTransactionId)
                .containsExactly(id("sent-in-window"), id("received-in-window"), id("at-the-edge"));
        assertThat(past.get(0).getAgeMinutes()).isEqualTo(180);
        assertThat(past.get(0).getOriginatorAccount()).isEqualTo(mine);
        assertThat(past.get(0).getAmountUsd()).isEqualByComparingTo("9500");
    }

    @Test
    void coversEveryAccountInOneQueryAndKeepsTheNewestWhenBounded() throws Exception {
        String a = "acc-" + UUID.randomUUID();
        String b = "acc-" + UUID.randomUUID();
        for (int i = 1; i <= 5; i++) {
            record("a" + i + a, a, "x", AS_OF.minus(Duration.ofHours(i)));
            record("b" + i + b, "y", b, AS_OF.minus(Duration.ofMinutes(90 * i)));
        }
        Decided decided = new Decided("none", AS_OF);
        assertThat(windows(window, new HistoryRequest(decided, Keys.ofAccounts(List.of(a, b)),
                new Bounds(Duration.ofDays(1), 100)))).hasSize(10);
        assertThat(windows(window, new HistoryRequest(decided, Keys.ofAccounts(List.of(a, b)),
                new Bounds(Duration.ofDays(1), 3))))
                .extracting(PastTransaction::getTransactionId)
                .containsExactly(id("a1" + a), id("b1" + b), id("a2" + a));
    }

    @Test
    void remembersCounterpartiesAndIdleDaysBeyondTheLookBackAsMemoryDoes() throws Exception {
        String payer = "acc-" + UUID.randomUUID();
        String known = "acc-" + UUID.randomUUID();
        String stranger = "acc-" + UUID.randomUUID();
        InMemoryHistory memory = new InMemoryHistory();
        record("long-ago", payer, known, AS_OF.minus(Duration.ofDays(200)), memory);
        record("beyond-memory", payer, stranger, AS_OF.minus(Duration.ofDays(366)), memory);
        record("stranger-pays-out", stranger, "acc-" + UUID.randomUUID(), AS_OF.minus(Duration.ofDays(40)), memory);
        record("reverse", known, payer, AS_OF.minus(Duration.ofDays(10)), memory);
        record("itself", payer, stranger, AS_OF, memory);
        Duration year = Duration.ofDays(365);

        for (HistorySource source : List.of(window, memory)) {
            var toKnown = source.recall(memoryOf(payer, known, id("itself"), year)).activity();
            assertThat(toKnown.newCounterparty()).as("paid 200 days ago: %s", source).isFalse();
            assertThat(toKnown.originatorIdleDays()).isEqualTo(10);
            assertThat(toKnown.beneficiaryIdleDays()).isEqualTo(10);
            var toStranger = source.recall(memoryOf(payer, stranger, id("itself"), year)).activity();
            assertThat(toStranger.newCounterparty()).as("last paid beyond the memory: %s", source).isTrue();
            assertThat(toStranger.beneficiaryIdleDays()).isEqualTo(40);
            var unknown = source.recall(memoryOf("acc-" + UUID.randomUUID(), "acc-" + UUID.randomUUID(), "none", year))
                    .activity();
            assertThat(unknown.newCounterparty()).isTrue();
            assertThat(unknown.originatorIdleDays()).isNull();
        }
        // Replay: what was recorded after the cut-off is not remembered.
        assertThat(window.asRecordedBy(Instant.parse("2000-01-01T00:00:00Z"))
                .recall(memoryOf(payer, known, id("itself"), year)).activity().newCounterparty()).isTrue();
    }

    @Test
    void recallAsksTheSameMemoryOverItsConnectionAndTellsPairsApartWhateverTheirAccountsSpell() throws Exception {
        String payer = "acc-" + UUID.randomUUID();
        String suffix = UUID.randomUUID().toString();
        InMemoryHistory memory = new InMemoryHistory();
        // payer -> "1<suffix>" spells the same characters as (payer + "1") -> suffix: the pair index's key
        // (V8, HistoryWindow.PAIR_KEY) must keep them apart, or the second pair would look known.
        record("pair", payer, "1" + suffix, AS_OF.minus(Duration.ofDays(20)), memory);
        record("itself", payer + "1", suffix, AS_OF, memory);
        Duration year = Duration.ofDays(365);
        HistoryRequest known = asked(new Keys(List.of(payer, "1" + suffix), List.of(), payer, "1" + suffix),
                Duration.ofDays(30), 100);
        HistoryRequest lookalike = asked(new Keys(List.of(payer + "1", suffix), List.of(), payer + "1", suffix),
                Duration.ofDays(30), 100);

        for (HistorySource source : List.of(window, memory)) {
            HistorySource.Recalled recalled = source.recall(known.remembering(year));
            assertThat(recalled.activity().newCounterparty()).as("paid 20 days ago: %s", source).isFalse();
            assertThat(recalled.activity())
                    .isEqualTo(source.recall(memoryOf(payer, "1" + suffix, id("itself"), year)).activity());
            assertThat(recalled.transactions()).extracting(PastTransaction::getTransactionId).containsExactly(id("pair"));
            assertThat(source.recall(lookalike.remembering(year)).activity().newCounterparty()).as("%s", source)
                    .isTrue();
            // No memory asked: none given, or no beneficiary account to ask it about.
            assertThat(source.recall(known).activity()).isNull();
            assertThat(source.recall(asked(new Keys(List.of(payer), List.of(), payer, null), Duration.ofDays(30), 100)
                    .remembering(year)).activity()).isNull();
        }
        // Replay: recall leaves out what was recorded after the cut-off, in the memory and in the window.
        HistorySource.Recalled before = window.asRecordedBy(Instant.parse("2000-01-01T00:00:00Z"))
                .recall(known.remembering(year));
        assertThat(before.activity().newCounterparty()).isTrue();
        assertThat(before.transactions()).isEmpty();
    }

    private void record(String name, String from, String to, Instant at, InMemoryHistory memory) throws Exception {
        record(name, from, to, at);
        memory.add(PastTransaction.builder(id(name), dev.warden.facts.TransactionType.WIRE, at)
                .amount(new BigDecimal("9500"), "USD", new BigDecimal("9500")).originator(from, null, "DE")
                .beneficiary(to, null, "AE").seenFrom(at));
    }

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private String id(String name) {
        return "hw-" + run + "-" + name;
    }

    private void record(String name, String from, String to, Instant at) throws Exception {
        String transactionId = id(name);
        journal.append(new DecisionRow(UUID.randomUUID(), transactionId, "sha", "{}", "{}", Outcome.ALLOW, 0, "v",
                "{}", null, null, at, Instant.now()),
                new TransactionRow(transactionId, at, "WIRE", new BigDecimal("9500"), "USD", new BigDecimal("9500"), from,
                        to, null, null, "DE", "AE", null, null, false)).get();
    }

    /** The counterparty memory of a transfer from {@code from} to {@code to} at AS_OF, alone. */
    private static HistoryRequest memoryOf(String from, String to, String exclude, Duration memory) {
        return new HistoryRequest(new Decided(exclude, AS_OF), Keys.ofPair(from, to), Bounds.NONE).remembering(memory);
    }

    /** Hop 0 and the upstream hops {@code source} recalls for {@code request}. */
    private static List<PastTransaction> windows(HistorySource source, HistoryRequest request) {
        return source.recall(request).transactions();
    }

    /** What a decision at AS_OF asks of these keys' history (leaving out id("itself")). */
    private HistoryRequest asked(Keys keys, Duration lookback, int maxRows) {
        return new HistoryRequest(new Decided(id("itself"), AS_OF), keys, new Bounds(lookback, maxRows));
    }
}
