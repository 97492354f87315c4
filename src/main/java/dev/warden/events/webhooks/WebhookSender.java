package dev.warden.events.webhooks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
        CompletableFuture<HttpResponse<String>> answer =
                http.sendAsync(request, ResponseExcerpt.ofRefusals(AttemptResult.EXCERPT_CHARS * 2));
        try {
            // The request timeout covers the answer's headers; this bounds the body too, so the attempt as a whole.
            HttpResponse<String> response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new AttemptResult(at, response.statusCode(), null, response.body(), elapsed(started));
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new AttemptResult(at, null, "HttpTimeoutException", null, elapsed(started));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new AttemptResult(at, null, cause.getClass().getSimpleName(), null, elapsed(started));
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return new AttemptResult(at, null, "Interrupted", null, elapsed(started));
        }
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
