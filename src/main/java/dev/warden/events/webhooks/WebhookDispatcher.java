package dev.warden.events.webhooks;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.db.FailureText;
import dev.warden.events.EventFeed;
import dev.warden.events.EventsConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Delivers events to the configured subscribers, on every replica: each look fans new events out into delivery
 * rows, claims the due ones and sends them ({@value #SENDERS} at a time), then writes each attempt. Looks follow
 * one another at once while there is more to do, else every poll interval. Stops on shutdown after the attempts in
 * flight; a delivery cut short is sent again once its lease expires (at least once).
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    static final int SENDERS = 8;

    private final EventsConfig.Delivery settings;
    private final EventsConfig config;
    private final DeliveryFanOut fanOut;
    private final DeliveryStore store;
    private final DeliveryMetrics metrics;
    private final ObjectMapper json;
    private final Backoff backoff;
    private final CountDownLatch stopping = new CountDownLatch(1);
    /** Set once at start-up, then read by the loop, the senders and the admin API. */
    private volatile List<WebhookSubscriber> subscribers = List.of();
    private volatile Map<String, WebhookSubscriber> byName = Map.of();
    private WebhookSender sender;
    private ExecutorService senders;
    private Thread loop;

    public WebhookDispatcher(DataSource dataSource, EventsConfig config, EventFeed feed, DeliveryMetrics metrics,
            ObjectMapper json) {
        this.config = config;
        this.settings = config.delivery();
        this.fanOut = new DeliveryFanOut(dataSource, feed);
        this.store = new DeliveryStore(dataSource);
        this.metrics = metrics;
        this.json = json;
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
    }

    /** Checks the configuration (a refusal stops start-up), registers new subscribers and starts the loop. */
    void onStart(@Observes StartupEvent event) throws SQLException {
        DeliverySettings.check(settings);
        subscribers = WebhookSubscribers.from(config);
        byName = subscribers.stream().collect(Collectors.toMap(WebhookSubscriber::name, Function.identity()));
        for (WebhookSubscriber subscriber : subscribers) {
            if (fanOut.register(subscriber.name())) {
                LOG.infof("webhook subscriber %s is new: it receives the events written from now on", subscriber.name());
            }
        }
        metrics.watch(subscribers);
        if (subscribers.isEmpty() || !settings.enabled()) return;
        sender = new WebhookSender(WebhookSender.client(settings.requestTimeout()), settings.requestTimeout(), json,
                Clock.systemUTC());
        senders = Executors.newFixedThreadPool(SENDERS, daemon("webhook-sender"));
        loop = daemon("webhook-dispatcher").newThread(this::run);
        loop.start();
        LOG.infof("webhook delivery started for %s", byName.keySet());
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping.countDown();
        if (loop == null) return;
        loop.join(settings.requestTimeout().plusSeconds(5).toMillis());
        senders.shutdownNow();
    }

    /** The subscribers as configured, after the start-up checks. */
    public List<WebhookSubscriber> subscribers() {
        return subscribers;
    }

    private void run() {
        while (stopping.getCount() > 0) {
            boolean more;
            try {
                more = look();
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("webhook delivery look failed: %s; next in %s", FailureText.describe(e), settings.pollInterval());
                more = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                if (!more && stopping.await(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One fan-out and one round of sending; true when a batch was full (there may be more waiting). */
    private boolean look() throws SQLException, InterruptedException {
        int batch = settings.batchSize();
        boolean more = false;
        for (WebhookSubscriber subscriber : subscribers) more |= fanOut.fanOut(subscriber, batch) >= batch;
        List<ClaimedDelivery> claimed = store.claim(List.copyOf(byName.keySet()), batch, settings.lease());
        List<Future<?>> attempts = new ArrayList<>(claimed.size());
        for (ClaimedDelivery delivery : claimed) attempts.add(senders.submit(() -> attempt(delivery)));
        for (Future<?> attempt : attempts) {
            try {
                attempt.get();
            } catch (ExecutionException e) {
                LOG.warnf("webhook attempt not recorded: %s", FailureText.describe(e.getCause()));
            }
        }
        return more || claimed.size() >= batch;
    }

    private void attempt(ClaimedDelivery delivery) {
        WebhookSubscriber subscriber = byName.get(delivery.subscriber());
        AttemptResult result = sender.send(subscriber, delivery);
        DeliveryStore.Outcome outcome;
        try {
            outcome = store.record(delivery, result, settings.maxAttempts(),
                    backoff.after(delivery.attemptsThisRound(), ThreadLocalRandom.current().nextDouble()));
        } catch (SQLException e) {
            // The lease runs out and the delivery is attempted again: at least once, never lost.
            throw new IllegalStateException("attempt of " + delivery.event().id() + " not recorded", e);
        }
        metrics.attempted(subscriber.name(), result, outcome);
        if (outcome == DeliveryStore.Outcome.FAILED) {
            LOG.warnf("webhook delivery of event %s to %s FAILED after %d attempts (last: %s)", delivery.event().id(),
                    subscriber.name(), delivery.attempt(), result.httpStatus() != null ? "HTTP " + result.httpStatus()
                            : result.error());
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.getAndIncrement());
            t.setDaemon(true);
            return t;
        };
    }
}
