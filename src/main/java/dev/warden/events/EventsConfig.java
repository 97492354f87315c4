package dev.warden.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The {@code warden.events.*} settings: webhook subscribers, the targets they may point at, and how deliveries are
 * made. A subscriber is {@code warden.events.webhooks."<name>".url}, {@code .secrets} and optionally {@code .types}.
 */
@ConfigMapping(prefix = "warden.events")
public interface EventsConfig {

    /** The subscribers by name; the name is stored with each delivery, so renaming one starts it afresh. */
    Map<String, Webhook> webhooks();

    /**
     * Where subscribers may point: URL prefixes ({@code https://hooks.bank.example/warden}) or {@code host:port}
     * pairs. A subscriber outside them is refused at start-up; none configured means no subscriber is accepted.
     */
    Optional<List<String>> allowedTargets();

    Delivery delivery();

    interface Webhook {
        /** An http or https URL without user info. */
        String url();

        /** Each secret signs the body ({@code v1=} once per secret): add the new one, move receivers, drop the old. */
        List<String> secrets();

        /** The event types sent to this subscriber; absent means every type. */
        Optional<List<String>> types();
    }

    interface Delivery {
        /** Delivery runs on every replica; false stops the fan-out and the sender here (the feed still serves). */
        @WithDefault("true")
        boolean enabled();

        /** Attempts per event and subscriber before the delivery is FAILED. */
        @WithDefault("10")
        int maxAttempts();

        /** The wait after the first failed attempt; it doubles after each further failure, up to max-backoff. */
        @WithDefault("PT5S")
        Duration initialBackoff();

        @WithDefault("PT1H")
        Duration maxBackoff();

        /** Connecting and waiting for the answer together; a slower subscriber's attempt fails. */
        @WithDefault("PT10S")
        Duration requestTimeout();

        /** How long a replica's claim on a delivery lasts; past it another replica may send. Longer than the timeout. */
        @WithDefault("PT1M")
        Duration lease();

        /** How often each replica looks for new events and due deliveries. */
        @WithDefault("PT1S")
        Duration pollInterval();

        /** Events fanned out, and deliveries claimed, per look. */
        @WithDefault("100")
        int batchSize();
    }
}
