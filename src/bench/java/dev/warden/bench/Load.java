package dev.warden.bench;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * Sends decision requests: a closed loop of N clients, or an open loop at a fixed offered rate. On one Vert.x event
 * loop (HTTP/1.1, kept-alive connections): the generator shares the box's two cores with the service and PostgreSQL,
 * and what it spends per request is taken from them. The JDK's HttpClient, used before, cost 0.17 ms of CPU per
 * request in the closed loop and 0.56 ms under the open loop's backlog.
 */
final class Load implements AutoCloseable {
    /** Requests in flight at most in an open loop; beyond it the pacer waits, and the wait counts in the latency. */
    private static final int MAX_OUTSTANDING = 1_000;
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(2);
    private static final long TIMEOUT_MS = 30_000;

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
            .setInternalBlockingPoolSize(1));
    private final HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
            .setConnectTimeout(5_000), new PoolOptions().setHttp1MaxSize(MAX_OUTSTANDING).setMaxWaitQueueSize(-1));
    private final String apiKey;

    Load(String apiKey) {
        this.apiKey = apiKey;
    }

    /** An answer: its status and body. */
    record Answer(int status, String body) {
    }

    /** Sends one request; the future completes on the event loop with its answer, or fails. */
    Future<Answer> send(URI target, HttpMethod method, String body) {
        RequestOptions options = new RequestOptions().setMethod(method).setHost(target.getHost())
                .setPort(target.getPort()).setURI(target.getRawPath()).setIdleTimeout(TIMEOUT_MS)
                .putHeader("X-API-Key", apiKey).putHeader("Content-Type", "application/json");
        return client.request(options).compose(request -> request.send(Buffer.buffer(body))
                .compose(response -> response.body().map(b -> new Answer(response.statusCode(), b.toString()))));
    }

    /** {@link #send} for a caller that waits for the answer (the set-up). */
    Answer sendAndWait(URI target, HttpMethod method, String body) throws Exception {
        CompletableFuture<Answer> answer = send(target, method, body).toCompletionStage().toCompletableFuture();
        return answer.get(TIMEOUT_MS + 5_000, TimeUnit.MILLISECONDS);
    }

    /** {@code clients} clients, each sending its next request when its last was answered, for {@code seconds}. */
    Slice closed(Service service, int clients, int seconds) throws InterruptedException {
        Answers answers = new Answers();
        AtomicLongArray perSecond = new AtomicLongArray(seconds + 1);
        CountDownLatch done = new CountDownLatch(clients);
        Scrape meters = Scrape.of(service.metrics());
        long[] before = service.cpu();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        for (int c = 0; c < clients; c++) {
            new ClosedClient(service, answers, perSecond, start, end, seconds, done).next();
        }
        if (!done.await(seconds + 60L, TimeUnit.SECONDS)) answers.fail("clients still waiting 60 s after the end");
        double took = (System.nanoTime() - start) / 1e9;
        long[] counts = new long[seconds];
        for (int i = 0; i < seconds; i++) counts[i] = perSecond.get(i);
        return slice(service, answers, took, counts, before, null, meters);
    }

    /** One client of the closed loop: its next request goes out when its last answer arrived, until the end. */
    private final class ClosedClient {
        private final Service service;
        private final Answers answers;
        private final AtomicLongArray perSecond;
        private final long start, end;
        private final int seconds;
        private final CountDownLatch done;

        ClosedClient(Service service, Answers answers, AtomicLongArray perSecond, long start, long end, int seconds,
                CountDownLatch done) {
            this.service = service;
            this.answers = answers;
            this.perSecond = perSecond;
            this.start = start;
            this.end = end;
            this.seconds = seconds;
            this.done = done;
        }

        void next() {
            if (System.nanoTime() >= end) {
                done.countDown();
                return;
            }
            send(service.decisions(), HttpMethod.POST, service.traffic().next()).onComplete(result -> {
                if (result.failed()) answers.fail(result.cause().toString());
                else if (answers.record(result.result().status(), result.result().body())) {
                    int second = (int) ((System.nanoTime() - start) / 1_000_000_000L);
                    if (second <= seconds) perSecond.incrementAndGet(second);
                }
                next();
            });
        }
    }

    /**
     * Requests at {@code rate} per second for {@code seconds}, each sent at its intended time whatever the answers
     * before it, and its latency measured from that time (so a stall counts for every request it delays: no
     * coordinated omission). The slice's rate is over the intended duration.
     */
    Slice open(Service service, int rate, int seconds) throws InterruptedException {
        Answers answers = new Answers();
        Histogram latency = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        Semaphore outstanding = new Semaphore(MAX_OUTSTANDING);
        long period = 1_000_000_000L / rate;
        long total = (long) rate * seconds;
        Scrape meters = Scrape.of(service.metrics());
        long[] before = service.cpu();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(5);
        for (long i = 0; i < total; i++) {
            long intended = start + i * period;
            String body = service.traffic().next();
            for (long wait; (wait = intended - System.nanoTime()) > 0; ) LockSupport.parkNanos(wait);
            outstanding.acquire();
            send(service.decisions(), HttpMethod.POST, body).onComplete(result -> {
                latency.recordValue(Math.min(HIGHEST_MICROS, (System.nanoTime() - intended) / 1_000));
                if (result.failed()) answers.fail(result.cause().toString());
                else answers.record(result.result().status(), result.result().body());
                outstanding.release();
            });
        }
        if (!outstanding.tryAcquire(MAX_OUTSTANDING, 60, TimeUnit.SECONDS)) answers.fail("answers missing after 60 s");
        return slice(service, answers, seconds, new long[0], before, latency, meters);
    }

    private static Slice slice(Service service, Answers answers, double seconds, long[] perSecond, long[] before,
            Histogram latency, Scrape metersBefore) {
        long[] after = service.cpu();
        double ms = ProcessCpu.MS_PER_TICK;
        return new Slice(answers, seconds, perSecond, (after[0] - before[0]) * ms, (after[1] - before[1]) * ms,
                (after[2] - before[2]) * ms, (after[3] - before[3]) * ms, latency,
                Scrape.of(service.metrics()).since(metersBefore));
    }

    @Override
    public void close() {
        client.close();
        vertx.close();
    }
}
