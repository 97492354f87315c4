package dev.warden.events.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    @Test
    void hmacSha256MatchesRfc4231() {
        assertThat(WebhookSignature.hmacSha256Hex("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void theHeaderCarriesTheTimestampAndOneSignaturePerSecretOverTimestampDotBody() {
        String header = WebhookSignature.header(1700000000L, "{\"a\":1}", List.of("old-secret-0123456", "new-secret-0123456"));
        assertThat(header).isEqualTo("t=1700000000"
                + ",v1=" + WebhookSignature.hmacSha256Hex("old-secret-0123456", "1700000000.{\"a\":1}")
                + ",v1=" + WebhookSignature.hmacSha256Hex("new-secret-0123456", "1700000000.{\"a\":1}"));
    }

    @Test
    void backoffDoublesFromTheInitialWaitUpToTheCapAndJittersDownByAQuarterAtMost() {
        Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(1));
        assertThat(backoff.after(1, 0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.after(2, 0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(4, 0)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.after(5, 0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(500, 0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(2, 0.999)).isBetween(Duration.ofMillis(7500), Duration.ofSeconds(10));
    }
}
