package dev.warden.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.warden.facts.PastTransaction;
import dev.warden.facts.TransactionType;
import dev.warden.history.WindowSelection.Column;

/**
 * The held rows' window bounds: found through the times kept beside the rows in whole microseconds, exact to the
 * nanosecond all the same (a bound or a row within the same microsecond is told by its own time).
 */
class KeyedRowsTest {
    private static final Instant T = Instant.parse("2026-12-01T12:00:00.000001Z");

    @Test
    void givesExactlyTheRowsWithinTheBoundsNewestFirst() {
        List<PastTransaction> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) rows.add(row("t" + i, T.plusSeconds(60L * i)));
        KeyedRows held = KeyedRows.of(newestFirst(rows));

        List<PastTransaction> window = held.newestFirst(Column.ORIGINATOR_ACCOUNT, "a", T.plusSeconds(600),
                T.plusSeconds(1200));
        assertThat(window).extracting(PastTransaction::getTransactionId)
                .containsExactly("t20", "t19", "t18", "t17", "t16", "t15", "t14", "t13", "t12", "t11", "t10");
        assertThat(held.newestFirst(Column.BENEFICIARY_ACCOUNT, "b", T.minusSeconds(1), T.plusSeconds(59)))
                .extracting(PastTransaction::getTransactionId).containsExactly("t0");
        assertThat(held.newestFirst(Column.ORIGINATOR_ACCOUNT, "a", T.plusSeconds(5), T.plusSeconds(30))).isEmpty();
        assertThat(held.newestFirst(Column.ORIGINATOR_ACCOUNT, "nobody", T, T.plusSeconds(3000))).isEmpty();
        assertThat(held.newestFirst(Column.ORIGINATOR_PARTY, "party-a", Instant.MIN, Instant.MAX)).hasSize(50);
    }

    @Test
    void tellsTimesWithinOneMicrosecondApartByTheirNanoseconds() {
        // Three rows within one microsecond, and bounds between them: only the rows' own times can tell.
        PastTransaction early = row("early", T.plusNanos(100));
        PastTransaction middle = row("middle", T.plusNanos(500));
        PastTransaction late = row("late", T.plusNanos(900));
        KeyedRows held = KeyedRows.of(newestFirst(List.of(early, middle, late)));

        assertThat(held.newestFirst(Column.ORIGINATOR_ACCOUNT, "a", T.plusNanos(200), T.plusNanos(800)))
                .containsExactly(middle);
        assertThat(held.newestFirst(Column.ORIGINATOR_ACCOUNT, "a", T.plusNanos(500), T.plusNanos(500)))
                .as("both bounds inclusive").containsExactly(middle);
        assertThat(held.newestFirst(Column.ORIGINATOR_ACCOUNT, "a", T, T.plusNanos(899)))
                .containsExactly(middle, early);
        assertThat(held.newestFirst(Column.ORIGINATOR_ACCOUNT, "a", T.plusNanos(901), T.plusNanos(999))).isEmpty();
    }

    @Test
    void keepsTheBoundsRightAfterRowsAreAddedAndDropped() {
        KeyedRows held = KeyedRows.of(newestFirst(List.of(row("t1", T.plusSeconds(10)), row("t3", T.plusSeconds(30)))));
        assertThat(held.add(List.of(row("t2", T.plusSeconds(20)), row("t0", T)))).isEqualTo(2);
        assertThat(held.newestFirst(Column.ORIGINATOR_ACCOUNT, "a", T.plusSeconds(10), T.plusSeconds(20)))
                .extracting(PastTransaction::getTransactionId).containsExactly("t2", "t1");

        assertThat(held.dropBefore(T.plusSeconds(15))).isEqualTo(2);
        assertThat(held.newestFirst(Column.ORIGINATOR_ACCOUNT, "a", Instant.MIN, Instant.MAX))
                .extracting(PastTransaction::getTransactionId).containsExactly("t3", "t2");
    }

    @Test
    void countsMicrosecondsWithoutOverflowingAtTheEdgesOfTime() {
        assertThat(KeyedRows.micros(Instant.MAX)).isEqualTo(Long.MAX_VALUE);
        assertThat(KeyedRows.micros(Instant.MIN)).isEqualTo(Long.MIN_VALUE);
        assertThat(KeyedRows.micros(Instant.parse("1969-12-31T23:59:59.999999500Z"))).as("rounded down").isEqualTo(-1);
        assertThat(KeyedRows.micros(T)).isEqualTo(T.getEpochSecond() * 1_000_000 + 1);
    }

    private static List<PastTransaction> newestFirst(List<PastTransaction> rows) {
        return rows.stream().sorted(Comparator.comparing(PastTransaction::getOccurredAt).reversed()).toList();
    }

    private static PastTransaction row(String id, Instant at) {
        return new PastTransaction(id, TransactionType.WIRE, at, BigDecimal.TEN, "USD", BigDecimal.TEN, "a", "b",
                "party-a", "party-b", null, null, null, null, false, 0, at);
    }
}
