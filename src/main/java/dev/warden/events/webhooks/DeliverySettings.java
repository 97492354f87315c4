package dev.warden.events.webhooks;

import java.time.Duration;

import dev.warden.events.EventsConfig;

/** The {@code warden.events.delivery.*} values checked at start-up, each refusal naming its key. */
final class DeliverySettings {
    static final int MAX_BATCH = 1000;

    private DeliverySettings() {
    }

    static void check(EventsConfig.Delivery delivery) {
        if (delivery.maxAttempts() < 1) refuse("max-attempts", "must be 1 or more");
        if (delivery.batchSize() < 1 || delivery.batchSize() > MAX_BATCH) refuse("batch-size", "must be from 1 to " + MAX_BATCH);
        positive("initial-backoff", delivery.initialBackoff());
        positive("request-timeout", delivery.requestTimeout());
        positive("poll-interval", delivery.pollInterval());
        if (delivery.maxBackoff().compareTo(delivery.initialBackoff()) < 0) refuse("max-backoff", "must be at least initial-backoff");
        if (delivery.lease().compareTo(delivery.requestTimeout().plusSeconds(5)) < 0) {
            refuse("lease", "must exceed request-timeout by 5 s or more, or a slow attempt's delivery could be sent twice at once");
        }
    }

    private static void positive(String key, Duration value) {
        if (value.isZero() || value.isNegative()) refuse(key, "must be positive");
    }

    private static void refuse(String key, String reason) {
        throw new IllegalArgumentException("warden.events.delivery." + key + ": " + reason);
    }
}
