package dev.warden.events.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One HTTP attempt: POSTs the envelope with its id, timestamp and signature headers. Redirects are never
 * followed (a 3xx is a failed attempt: a redirect would take signed events to a target nobody allowed). Of the
 * answer only the status is kept, and of a refusal's body at most {@link AttemptResult#EXCERPT_CHARS} characters.
 */
final class WebhookSender {
    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookSender(HttpClient http, Duration timeout, ObjectMapper json, Clock clock) {
        this.http = http;
        this.timeout = timeout;
        this.json = json;
        this.clock = clock;
    }

    static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout).build();
    }

    AttemptResult send(WebhookSubscriber subscriber, ClaimedDelivery delivery) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        String body = delivery.event().toJson(json);
        long timestamp = at.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(subscriber.url()).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Warden-Webhooks/1")
                .header("Webhook-Id", delivery.event().id().toString())
                .header("Webhook-Timestamp", Long.toString(timestamp))
                .header("Webhook-Signature", WebhookSignature.header(timestamp, body, subscriber.secrets()))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            String excerpt;
            try (InputStream answer = response.body()) {
                excerpt = status >= 200 && status < 300 ? null : excerpt(answer);
            }
            return new AttemptResult(at, status, null, excerpt, elapsed(started));
        } catch (IOException e) {
            return new AttemptResult(at, null, e.getClass().getSimpleName(), null, elapsed(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new AttemptResult(at, null, "Interrupted", null, elapsed(started));
        }
    }

    /** The start of a refusal, printable characters only: enough to tell "maintenance" from "bad signature". */
    private static String excerpt(InputStream answer) throws IOException {
        byte[] start = answer.readNBytes(AttemptResult.EXCERPT_CHARS * 2);
        String text = new String(start, StandardCharsets.UTF_8).replaceAll("[\\p{Cntrl}\\p{Cs}\\uFFFD]+", " ").strip();
        if (text.length() > AttemptResult.EXCERPT_CHARS) text = text.substring(0, AttemptResult.EXCERPT_CHARS);
        return text.isEmpty() ? null : text;
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
