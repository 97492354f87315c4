package dev.warden.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TransactionTest {
    private static final Instant AS_OF = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void theCounterpartyMemoryIsSetOnceByEnrichmentAndNeverReplaced() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        Transaction t = new Transaction("t-memory", TransactionType.SEPA, new BigDecimal("90"), "EUR",
                new BigDecimal("97.20"), AS_OF, null, null, null, null, false, false,
                Party.builder(PartyRole.ORIGINATOR).accountId("from").asOf(day),
                Party.builder(PartyRole.BENEFICIARY).accountId("to").asOf(day));
        assertThat(t.isNewCounterparty()).isFalse();
        t.setActivity(AccountActivity.of(AS_OF, null, AS_OF.minusSeconds(86_400 * 3), null));
        assertThat(t.isNewCounterparty()).isTrue();
        assertThat(t.getOriginatorIdleDays()).isEqualTo(3);

        // A rule (or a second enrichment) cannot change what the other rules of the decision saw.
        assertThatThrownBy(() -> t.setActivity(AccountActivity.of(AS_OF, AS_OF, AS_OF, AS_OF)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("set once");
        assertThat(t.isNewCounterparty()).isTrue();
        assertThat(t.getOriginatorIdleDays()).isEqualTo(3);
    }
}
