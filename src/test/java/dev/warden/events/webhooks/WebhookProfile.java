package dev.warden.events.webhooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Three subscribers on a receiver in this JVM: "flaky" fails the first two attempts of each event with 500,
 * signed by two secrets (a rotation); "moved" always redirects; "ontime" accepts at once, only decision.flagged.
 * Short backoffs and polls, three attempts at most.
 */
public class WebhookProfile implements QuarkusTestProfile {
    static final String OLD_SECRET = "whsec-old-0123456789abcdef";
    static final String NEW_SECRET = "whsec-new-fedcba9876543210";
    static final String MOVED_SECRET = "whsec-moved-0123456789ab";
    static final WebhookReceiver RECEIVER = receiver();

    private static WebhookReceiver receiver() {
        try {
            return WebhookReceiver.start(0)
                    .on("/hooks/flaky", nth -> nth <= 2 ? 500 : 204)
                    .on("/hooks/moved", nth -> 302)
                    .on("/hooks/ontime", nth -> 200)
                    .on("/landing", nth -> 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("warden.events.allowed-targets", RECEIVER.url("/hooks")),
                Map.entry("warden.events.webhooks.flaky.url", RECEIVER.url("/hooks/flaky")),
                Map.entry("warden.events.webhooks.flaky.secrets", OLD_SECRET + "," + NEW_SECRET),
                Map.entry("warden.events.webhooks.moved.url", RECEIVER.url("/hooks/moved")),
                Map.entry("warden.events.webhooks.moved.secrets", MOVED_SECRET),
                Map.entry("warden.events.webhooks.ontime.url", RECEIVER.url("/hooks/ontime")),
                Map.entry("warden.events.webhooks.ontime.secrets", MOVED_SECRET),
                Map.entry("warden.events.webhooks.ontime.types", "decision.flagged"),
                Map.entry("warden.events.delivery.max-attempts", "3"),
                Map.entry("warden.events.delivery.initial-backoff", "PT0.2S"),
                Map.entry("warden.events.delivery.max-backoff", "PT0.5S"),
                Map.entry("warden.events.delivery.poll-interval", "PT0.1S"),
                Map.entry("warden.events.delivery.request-timeout", "PT2S"),
                Map.entry("warden.events.delivery.lease", "PT10S"));
    }
}
