package dev.warden.events.webhooks;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads at most {@code maxBytes} of an answer's body and then stops reading (the rest is never buffered), so a
 * receiver cannot make Warden hold a large body or keep reading a slow one. Completes with printable text only,
 * or null when there was none.
 */
final class ResponseExcerpt implements HttpResponse.BodySubscriber<String> {
    private final int maxBytes;
    private final ByteArrayOutputStream read = new ByteArrayOutputStream();
    private final CompletableFuture<String> text = new CompletableFuture<>();
    private Flow.Subscription subscription;

    ResponseExcerpt(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The start of a refusal's body; nothing of a 2xx answer, whose status says all. */
    static HttpResponse.BodyHandler<String> ofRefusals(int maxBytes) {
        return info -> new ResponseExcerpt(info.statusCode() >= 200 && info.statusCode() < 300 ? 0 : maxBytes);
    }

    @Override
    public CompletionStage<String> getBody() {
        return text;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (maxBytes == 0) finish();
        else subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            int take = Math.min(buffer.remaining(), maxBytes - read.size());
            byte[] bytes = new byte[take];
            buffer.get(bytes);
            read.write(bytes, 0, take);
        }
        if (read.size() >= maxBytes) finish();
        else subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        text.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        finish();
    }

    private void finish() {
        if (text.isDone()) return;
        subscription.cancel();
        String printable = new String(read.toByteArray(), StandardCharsets.UTF_8)
                .replaceAll("[\\p{Cntrl}\\p{Cs}\\uFFFD]+", " ").strip();
        if (printable.length() > AttemptResult.EXCERPT_CHARS) printable = printable.substring(0, AttemptResult.EXCERPT_CHARS);
        text.complete(printable.isEmpty() ? null : printable);
    }
}
