package dev.warden.events.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpServer;

import dev.warden.events.EventEnvelope;

/** One attempt against receivers that misbehave: what is kept of the answer, and how long it may take. */
class WebhookSenderTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/large", exchange -> {
            byte[] body = ("x".repeat(100) + "\u0000\n" + "y".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/stalls", exchange -> {
            exchange.sendResponseHeaders(503, 0);
            exchange.getResponseBody().write("slow".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void ofALargeRefusalOnlyAShortPrintableExcerptIsKept() {
        AttemptResult result = send("/large");
        assertThat(result.httpStatus()).isEqualTo(500);
        assertThat(result.delivered()).isFalse();
        assertThat(result.responseExcerpt()).hasSizeLessThanOrEqualTo(AttemptResult.EXCERPT_CHARS)
                .startsWith("x".repeat(100) + " y").doesNotContain("\u0000", "\n");
    }

    @Test
    void aReceiverThatStallsTheBodyEndsTheAttemptAtTheTimeout() {
        Instant started = Instant.now();
        AttemptResult result = send("/stalls");
        assertThat(Duration.between(started, Instant.now())).isLessThan(TIMEOUT.multipliedBy(3));
        assertThat(result.httpStatus()).isNull();
        assertThat(result.error()).isEqualTo("HttpTimeoutException");
    }

    @Test
    void nothingListeningIsAnErrorClassNotAStatus() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        WebhookSubscriber nobody = new WebhookSubscriber("nobody", URI.create("http://127.0.0.1:" + closed + "/"),
                List.of("whsec-0123456789abcdef"), Set.of());
        AttemptResult result = sender().send(nobody, delivery());
        assertThat(result.httpStatus()).isNull();
        assertThat(result.error()).isEqualTo("ConnectException");
    }

    private AttemptResult send(String path) {
        WebhookSubscriber subscriber = new WebhookSubscriber("test", URI.create("http://127.0.0.1:"
                + server.getAddress().getPort() + path), List.of("whsec-0123456789abcdef"), Set.of());
        return sender().send(subscriber, delivery());
    }

    private static WebhookSender sender() {
        return new WebhookSender(WebhookSender.client(TIMEOUT), TIMEOUT,
                new ObjectMapper().registerModule(new JavaTimeModule()), Clock.systemUTC());
    }

    private static ClaimedDelivery delivery() {
        return new ClaimedDelivery(new EventEnvelope(UUID.randomUUID(), "decision.flagged", Instant.now(), "d-1", "{}"),
                "test", 1, 1, UUID.randomUUID());
    }
}
