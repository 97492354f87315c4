package dev.warden.events.webhooks;

import static dev.warden.testing.LocalHttp.awaitReady;
import static dev.warden.testing.LocalHttp.freePort;
import static dev.warden.testing.LocalHttp.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.security.ApiKeys;

/**
 * At least once across SIGKILL: the packaged service, with a subscriber whose receiver refuses, records REVIEW
 * decisions (their events pending, attempts failing) and is killed with SIGKILL; started again on the same data
 * folder with the receiver accepting, it delivers every event of the decisions it acknowledged.
 */
class WebhookRestartIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "payments-key-for-the-test";
    private static final String SECRET = "whsec-restart-0123456789";
    private static final int DECISIONS = 5;

    @Test
    void eventsPendingAtASigkillAreDeliveredAfterTheRestart() throws Exception {
        AtomicBoolean accepting = new AtomicBoolean(false);
        try (WebhookReceiver receiver = WebhookReceiver.start(0).on("/hooks/payments", nth -> accepting.get() ? 200 : 503)) {
            Path data = Path.of("target/it-webhooks-db");
            int api = freePort(), management = freePort();
            List<String> decided = new ArrayList<>();
            Process first = start(receiver, data, true, api, management);
            try {
                for (int i = 0; i < DECISIONS; i++) decided.add(review(api));
                await("a refused attempt for every event", Duration.ofSeconds(60), () -> refusedSubjects(receiver).containsAll(decided));
            } finally {
                first.destroyForcibly(); // SIGKILL: no shutdown hook, no journal drain, no lease released
                assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(receiver.received("/hooks/payments", null)).allMatch(r -> r.answered() == 503);

            accepting.set(true);
            Process second = start(receiver, data, false, api, management);
            try {
                await("every acknowledged decision's event delivered", Duration.ofSeconds(90),
                        () -> deliveredSubjects(receiver).containsAll(decided));
                for (WebhookReceiver.Received r : receiver.received("/hooks/payments", null)) {
                    assertThat(r.signedWith(SECRET)).isTrue();
                }
                Set<String> ids = receiver.received("/hooks/payments", null).stream().filter(r -> r.answered() == 200)
                        .map(WebhookReceiver.Received::id).collect(Collectors.toSet());
                assertThat(ids).hasSizeGreaterThanOrEqualTo(DECISIONS).allSatisfy(id -> UUID.fromString(id));
            } finally {
                second.destroy();
                if (!second.waitFor(60, TimeUnit.SECONDS)) second.destroyForcibly();
            }
        }
    }

    private static Set<String> refusedSubjects(WebhookReceiver receiver) {
        return subjects(receiver, 503);
    }

    private static Set<String> deliveredSubjects(WebhookReceiver receiver) {
        return subjects(receiver, 200);
    }

    private static Set<String> subjects(WebhookReceiver receiver, int answered) {
        return receiver.received("/hooks/payments", null).stream().filter(r -> r.answered() == answered)
                .map(r -> body(r.body()).path("data").path("decisionId").asText()).collect(Collectors.toSet());
    }

    /** A REVIEW decision (an unknown customer above the KYC threshold), acknowledged: its decisionId. */
    private static String review(int api) throws Exception {
        String transactionId = "restart-" + UUID.randomUUID();
        String request = """
                {"transactionId": "%s", "occurredAt": "2026-11-20T10:15:30Z", "type": "WIRE", "amount": "5000",
                 "currency": "USD",
                 "originator": {"partyId": "%s", "name": "Ivan Petrov", "type": "INDIVIDUAL", "country": "KG",
                                "accountId": "%s"},
                 "beneficiary": {"name": "Aurora Trading", "type": "COMPANY", "country": "AE", "accountId": "%s"}}
                """.formatted(transactionId, "c-" + UUID.randomUUID(), "a-" + UUID.randomUUID(), "a-" + UUID.randomUUID());
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api + "/v1/decisions"))
                .header("Content-Type", "application/json").header("X-API-Key", KEY).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode decision = body(response.body());
        assertThat(decision.path("outcome").asText()).isEqualTo("REVIEW");
        return decision.path("decisionId").asText();
    }

    @Test
    void aSubscriberOutsideTheAllowedTargetsStopsTheStartNamingItsKey() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start(0)) {
            Launched service = launch(receiver, Path.of("target/it-webhooks-refused-db"), true, freePort(), freePort(),
                    "http://127.0.0.1:" + receiver.port() + "/elsewhere");
            try {
                assertThat(service.process().waitFor(180, TimeUnit.SECONDS)).as("the service exits").isTrue();
                assertThat(service.process().exitValue()).isNotZero();
                // The JSON log escapes the quotes of the key.
                assertThat(Files.readString(service.log()).replace("\\\"", "\"")).contains("warden.events.webhooks.\"payments\".url")
                        .contains("is outside warden.events.allowed-targets");
            } finally {
                service.process().destroyForcibly();
            }
        }
    }

    private record Launched(Process process, Path log) {
    }

    /** The packaged jar in the prod profile on the embedded PostgreSQL in {@code data}; back once it is ready. */
    private static Process start(WebhookReceiver receiver, Path data, boolean clean, int api, int management)
            throws Exception {
        Launched service = launch(receiver, data, clean, api, management, receiver.url("/hooks/payments"));
        if (awaitReady(service.process(), management)) return service.process();
        service.process().destroyForcibly();
        throw new AssertionError("the service did not become ready; log:\n" + Files.readString(service.log()));
    }

    private static Launched launch(WebhookReceiver receiver, Path data, boolean clean, int api, int management,
            String subscriberUrl) throws Exception {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).exists();
        Path log = Files.createTempFile("warden-webhooks-", ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-Dquarkus.profile=prod",
                "-Dwarden.events.allowed-targets=" + receiver.url("/hooks"),
                "-Dwarden.events.webhooks.payments.url=" + subscriberUrl,
                "-Dwarden.events.webhooks.payments.secrets=" + SECRET,
                "-Dwarden.events.delivery.initial-backoff=PT0.5S", "-Dwarden.events.delivery.max-backoff=PT1S",
                "-Dwarden.events.delivery.poll-interval=PT0.2S", "-Dwarden.events.delivery.max-attempts=1000",
                "-jar", jar.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("WARDEN_")
                || name.startsWith("MP_JWT_"));
        builder.environment().put("WARDEN_EMBEDDED_DB_DIR", data.toString());
        builder.environment().put("WARDEN_EMBEDDED_DB_CLEAN", String.valueOf(clean));
        builder.environment().put("WARDEN_AUTH_API_KEYS", "payments:" + ApiKeys.sha256(KEY) + ":decide|officer");
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(api));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(management));
        return new Launched(builder.start(), log);
    }

    private static JsonNode body(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(String what, Duration within, BooleanSupplier done) {
        org.awaitility.Awaitility.await(what).atMost(within).pollInterval(Duration.ofMillis(100))
                .until(done::getAsBoolean);
    }
}
