package dev.warden.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The path helpers the cycle and chain rules call. */
class FlowsTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void findsTheShortestLoopBackOfAtLeastTheMinimumLengthThroughDistinctAccounts() {
        List<PastTransaction> transfers = List.of(t("1", "b", "x"), t("2", "x", "y"), t("3", "y", "o"),
                t("4", "x", "o"), t("5", "b", "o"));
        Flows.Path path = Flows.path(transfers, "b", "o", 2, 5);
        assertThat(path.accounts()).containsExactly("b", "x", "o");
        assertThat(path.transactionIds()).containsExactly("1", "4");
        assertThat(path.length()).isEqualTo(2);
        // b -> o directly is one transfer: below the minimum, so not a loop through another account.
        assertThat(Flows.path(List.of(t("5", "b", "o")), "b", "o", 2, 5)).isNull();
    }

    @Test
    void stopsAtTheLongestPathAskedForAndIgnoresTimeOrder() {
        List<PastTransaction> chain = List.of(t("1", "b", "p"), t("2", "p", "q"), t("3", "q", "r"), t("4", "r", "o"));
        assertThat(Flows.path(chain, "b", "o", 2, 3)).isNull();
        assertThat(Flows.path(chain, "b", "o", 2, 4).accounts()).containsExactly("b", "p", "q", "r", "o");
        assertThat(Flows.path(chain, "o", "b", 2, 4)).as("direction matters").isNull();
        assertThat(Flows.path(chain, "b", "b", 2, 4)).isNull();
        assertThat(Flows.path(chain, null, "o", 2, 4)).isNull();
    }

    @Test
    void countsTheAccountsThatTakePartInFewTransfers() {
        List<PastTransaction> transfers = List.of(t("1", "busy", "a"), t("2", "busy", "b"), t("3", "busy", "c"),
                t("4", "busy", "quiet"), t("5", "self", "self"));
        assertThat(Flows.quietAccounts(transfers, List.of("busy", "quiet", "a", "nobody"), 1)).isEqualTo(3);
        assertThat(Flows.quietAccounts(transfers, List.of("busy"), 4)).isEqualTo(1);
        assertThat(Flows.quietAccounts(transfers, List.of("self", "self"), 1)).as("counted once").isEqualTo(1);
    }

    private static PastTransaction t(String id, String from, String to) {
        return PastTransaction.builder(id, TransactionType.WIRE, NOW.minusSeconds(3600))
                .amount(new BigDecimal("100"), "USD", new BigDecimal("100")).originator(from, null, null)
                .beneficiary(to, null, null).newCounterparty(true).seenFrom(NOW);
    }
}
