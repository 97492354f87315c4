package dev.warden.history.held;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.warden.facts.PastTransaction;
import dev.warden.facts.TransactionType;
import dev.warden.history.held.WindowSelection.Column;

/** The rows filed by key, and what dropping the old ones leaves: exactly the rows at or after the boundary. */
class KeyedRowsTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void dropsExactlyTheRowsBeforeTheBoundaryWhereverItFallsInAnHour() {
        // Loaded rows (newest first) and rows added later, over three hours; acct-a pays in every one.
        KeyedRows rows = KeyedRows.of(List.of(row("t3", T0.plusSeconds(3_000), "acct-a", "acct-c"),
                row("t2", T0.plusSeconds(1_800), "acct-a", "acct-b"), row("t1", T0, "acct-a", "acct-b")));
        List<PastTransaction> added = rows.add(List.of(row("t4", T0.plusSeconds(4_000), "acct-a", "acct-d"),
                row("t5", T0.plusSeconds(7_300), "acct-e", "acct-b")));
        assertThat(added).extracting(PastTransaction::getTransactionId).containsExactlyInAnyOrder("t4", "t5");
        assertThat(rows.add(List.of(row("t4", T0.plusSeconds(4_000), "acct-a", "acct-d")))).as("already filed").isEmpty();

        // The boundary falls inside the first hour: t1 and t2 go, t3 (same hour) stays.
        List<PastTransaction> dropped = rows.dropBefore(T0.plusSeconds(2_000));
        assertThat(dropped).extracting(PastTransaction::getTransactionId).containsExactlyInAnyOrder("t1", "t2");
        assertThat(ids(rows.newestFirst(Column.ORIGINATOR_ACCOUNT, "acct-a", T0.plusSeconds(9_000))))
                .containsExactly("t4", "t3");
        assertThat(ids(rows.newestFirst(Column.BENEFICIARY_ACCOUNT, "acct-b", T0.plusSeconds(9_000))))
                .as("acct-b keeps only what it received later").containsExactly("t5");

        // Nothing left before the same boundary; then everything up to t5 goes and empty keys with it.
        assertThat(rows.dropBefore(T0.plusSeconds(2_000))).isEmpty();
        assertThat(ids(rows.dropBefore(T0.plusSeconds(7_000)))).containsExactlyInAnyOrder("t3", "t4");
        assertThat(rows.newestFirst(Column.ORIGINATOR_ACCOUNT, "acct-a", T0.plusSeconds(9_000))).isEmpty();
        assertThat(rows.keys()).as("acct-e paid acct-b, each party too").isEqualTo(4);
    }

    private static List<String> ids(List<PastTransaction> rows) {
        return rows.stream().map(PastTransaction::getTransactionId).toList();
    }

    private static PastTransaction row(String id, Instant at, String from, String to) {
        return PastTransaction.builder(id, TransactionType.WIRE, at)
                .originator(from, "party-" + from, "DE").beneficiary(to, "party-" + to, "DE").seenFrom(at);
    }
}
