package dev.warden.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Sends decision requests: a closed loop of N clients, or an open loop at a fixed offered rate. */
final class Load {
    /** Requests in flight at most in an open loop; beyond it the pacer waits, and the wait counts in the latency. */
    private static final int MAX_OUTSTANDING = 1_000;
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(2);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String apiKey;

    Load(String apiKey) {
        this.apiKey = apiKey;
    }

    HttpClient client() {
        return client;
    }

    HttpRequest request(java.net.URI target, String method, String body) {
        return HttpRequest.newBuilder(target).header("X-API-Key", apiKey).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** {@code clients} clients, each sending its next request when its last was answered, for {@code seconds}. */
    Slice closed(Service service, int clients, int seconds) throws InterruptedException {
        Answers answers = new Answers();
        AtomicLongArray perSecond = new AtomicLongArray(seconds + 1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] before = service.cpu();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<String> response = client.send(request(service.decisions(), "POST",
                                service.traffic().next()), HttpResponse.BodyHandlers.ofString());
                        if (answers.record(response.statusCode(), response.body())) {
                            int second = (int) ((System.nanoTime() - start) / 1_000_000_000L);
                            if (second <= seconds) perSecond.incrementAndGet(second);
                        }
                    } catch (Exception e) {
                        answers.fail(e.toString());
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double took = (System.nanoTime() - start) / 1e9;
        long[] counts = new long[seconds];
        for (int i = 0; i < seconds; i++) counts[i] = perSecond.get(i);
        return slice(service, answers, took, counts, before, null);
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
        long[] before = service.cpu();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(5);
        for (long i = 0; i < total; i++) {
            long intended = start + i * period;
            HttpRequest request = request(service.decisions(), "POST", service.traffic().next());
            for (long wait; (wait = intended - System.nanoTime()) > 0; ) LockSupport.parkNanos(wait);
            outstanding.acquire();
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                latency.recordValue(Math.min(HIGHEST_MICROS, (System.nanoTime() - intended) / 1_000));
                if (error != null) answers.fail(error.toString());
                else answers.record(response.statusCode(), response.body());
                outstanding.release();
            });
        }
        if (!outstanding.tryAcquire(MAX_OUTSTANDING, 60, TimeUnit.SECONDS)) answers.fail("answers missing after 60 s");
        return slice(service, answers, seconds, new long[0], before, latency);
    }

    private static Slice slice(Service service, Answers answers, double seconds, long[] perSecond, long[] before,
            Histogram latency) {
        long[] after = service.cpu();
        double ms = ProcessCpu.MS_PER_TICK;
        return new Slice(answers, seconds, perSecond, (after[0] - before[0]) * ms, (after[1] - before[1]) * ms,
                (after[2] - before[2]) * ms, (after[3] - before[3]) * ms, latency);
    }
}
