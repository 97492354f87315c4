package dev.warden.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class HistoryTest {
    private static final Instant AS_OF = Instant.parse("2026-11-20T10:00:00Z");

    private final PastTransaction aToB = past("t1", "a", "b", "party-a", "party-b");
    private final PastTransaction bToA = past("t2", "b", "a", "party-b", "party-a");
    private final PastTransaction aToA = past("t3", "a", "a", "party-a", "party-a");
    private final PastTransaction a2ToC = past("t4", "a2", "c", "party-a", null);
    private final History history = new History(List.of(aToB, bToA, aToA, a2ToC));

    @Test
    void givesTheRowsOfOneAccountBySide() {
        assertThat(history.sentBy("a")).containsExactly(aToB, aToA);
        assertThat(history.receivedBy("a")).containsExactly(bToA, aToA);
        assertThat(history.sentBy("c")).isEmpty();
        assertThat(history.receivedBy("c")).containsExactly(a2ToC);
    }

    @Test
    void givesEveryRowAnAccountTookPartInOnceEvenATransferToItself() {
        assertThat(history.of("a")).containsExactly(aToB, bToA, aToA);
        assertThat(history.of("nobody")).isEmpty();
    }

    @Test
    void givesTheRowsOfEveryAccountOfAParty() {
        assertThat(history.sentByParty("party-a")).containsExactly(aToB, aToA, a2ToC);
        assertThat(history.receivedByParty("party-a")).containsExactly(bToA, aToA);
    }

    @Test
    void anUnknownAccountOrPartyHasNoRows() {
        assertThat(history.sentBy(null)).isEmpty();
        assertThat(history.receivedBy(null)).isEmpty();
        assertThat(history.of(null)).isEmpty();
        assertThat(history.sentByParty(null)).isEmpty();
        assertThat(history.receivedByParty(null)).isEmpty();
    }

    @Test
    void keepsEveryRowInOrderAndLetsNoRuleChangeThem() {
        assertThat(history.getRows()).containsExactly(aToB, bToA, aToA, a2ToC);
        assertThat(history.sentBy("a")).isSameAs(history.sentBy("a"));
        assertThatThrownBy(() -> history.getRows().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> history.sentBy("a").clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static PastTransaction past(String id, String from, String to, String fromParty, String toParty) {
        return PastTransaction.builder(id, TransactionType.WIRE, AS_OF.minusSeconds(600))
                .amount(BigDecimal.ONE, "USD", BigDecimal.ONE).originator(from, fromParty, "DE")
                .beneficiary(to, toParty, "DE").seenFrom(AS_OF);
    }
}
