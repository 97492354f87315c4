package dev.warden.warmup;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.Validator;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.decision.DecisionService;
import dev.warden.security.ApiKeys;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.value.registry.ValueRegistry;
import io.quarkus.vertx.http.HttpServer;
import io.vertx.core.Vertx;

/**
 * Holds readiness back until synthetic decisions have run through the decision path, so that a fresh replica takes
 * its first traffic with the HTTP stack, Jackson, Bean Validation, the JDBC driver, the history and profile reads,
 * screening and the rules compiled by the JIT, not interpreted. It starts once every other readiness check is up
 * (rules and watch lists loaded, database reachable) and sends the requests to this service itself over loopback
 * HTTP, to {@code POST /v1/decisions/simulate} ({@link LoopbackDecisions}): nothing is recorded. Where the HTTP
 * server cannot be reached that way (no plain HTTP port, or a request that is not answered 200), the rest are
 * rehearsed in-process ({@link InProcessDecisions}), which warms all but the HTTP stack.
 */
@Readiness
@ApplicationScoped
public class DecisionPathWarmup implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(DecisionPathWarmup.class);
    private static final Duration POLL = Duration.ofMillis(200);
    /** How long to wait for the HTTP server to listen once everything else is ready. */
    private static final Duration PORT_WAIT = Duration.ofSeconds(10);
    /** Requests in flight at once over loopback: enough to keep both the event loop and a worker busy. */
    private static final int IN_FLIGHT = 4;

    private final InProcessDecisions inProcess;
    private final Instance<HealthCheck> readiness;
    private final WarmupConfig config;
    private final Vertx vertx;
    private final ApiKeys keys;
    private final ValueRegistry runtimeValues;
    private final AtomicInteger rehearsed = new AtomicInteger();
    private volatile String path;
    private volatile boolean done;
    private volatile String stoppedBy;

    public DecisionPathWarmup(DecisionService decisions, ObjectMapper json, Validator validator,
            @Any @Readiness Instance<HealthCheck> readiness, WarmupConfig config, Vertx vertx, ApiKeys keys,
            ValueRegistry runtimeValues) {
        this.vertx = vertx;
        this.keys = keys;
        this.runtimeValues = runtimeValues;
        this.inProcess = new InProcessDecisions(decisions, json, validator);
        this.readiness = readiness;
        this.config = config;
        this.done = config.decisions() <= 0;
    }

    void onStart(@Observes StartupEvent started) {
        if (done) return;
        Thread thread = new Thread(this::run, "decision-path-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("decision-path-warm-up").status(done)
                .withData("rehearsed", rehearsed.get()).withData("of", config.decisions());
        if (path != null) builder.withData("path", path);
        if (stoppedBy != null) builder.withData("stoppedBy", stoppedBy);
        return builder.build();
    }

    private void run() {
        long deadline = System.nanoTime() + config.maxDuration().toNanos();
        try {
            while (!othersReady()) {
                if (System.nanoTime() > deadline) {
                    stoppedBy = "the service was not otherwise ready within " + config.maxDuration();
                    return;
                }
                Thread.sleep(POLL.toMillis());
            }
            SyntheticRequests requests = new SyntheticRequests();
            long started = System.nanoTime();
            Optional<URI> server = loopbackServer(Math.min(deadline, System.nanoTime() + PORT_WAIT.toNanos()));
            String httpStopped = server.isPresent() ? overHttp(server.get(), requests, deadline) : "no plain HTTP port";
            path = httpStopped == null ? "http" : rehearsed.get() == 0 ? "in-process (" + httpStopped + ")"
                    : "http, then in-process (" + httpStopped + ")";
            for (int n = rehearsed.get(); n < config.decisions() && System.nanoTime() < deadline; n++) {
                if (Thread.interrupted()) throw new InterruptedException();
                inProcess.rehearse(requests.next(n));
                rehearsed.incrementAndGet();
            }
            LOG.infof("decision path warmed up: %d decisions rehearsed in %d ms, %s", rehearsed.get(),
                    (System.nanoTime() - started) / 1_000_000, path);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stoppedBy = "interrupted";
        } catch (RuntimeException | java.io.IOException e) {
            // A warm-up that cannot run must not keep the replica out of service: what it warms is an optimisation.
            stoppedBy = e.getClass().getSimpleName();
            LOG.warnf(e, "decision path warm-up stopped after %d decisions", rehearsed.get());
        } finally {
            done = true;
        }
    }

    /**
     * Sends the synthetic requests over loopback HTTP, a few at a time, until all were answered, the deadline, or the
     * first that was not answered 200. Returns why it stopped early, or null.
     */
    private String overHttp(URI server, SyntheticRequests requests, long deadline) {
        Semaphore free = new Semaphore(IN_FLIGHT);
        AtomicReference<String> failed = new AtomicReference<>();
        try (LoopbackDecisions loopback = new LoopbackDecisions(vertx, server, keys, IN_FLIGHT)) {
            for (int n = 0; n < config.decisions() && System.nanoTime() < deadline && failed.get() == null; n++) {
                free.acquire();
                loopback.send(requests.next(n)).whenComplete((status, error) -> {
                    if (error != null) failed.compareAndSet(null, error.getClass().getSimpleName());
                    else if (status != 200) failed.compareAndSet(null, LoopbackDecisions.PATH + " answered " + status);
                    else rehearsed.incrementAndGet();
                    free.release();
                });
            }
            if (!free.tryAcquire(IN_FLIGHT, 60, TimeUnit.SECONDS)) failed.compareAndSet(null, "answers missing");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.compareAndSet(null, "interrupted");
        } catch (RuntimeException e) {
            failed.compareAndSet(null, e.getClass().getSimpleName());
        }
        return failed.get();
    }

    /**
     * Where this service takes plain HTTP, as seen from inside it: the port the HTTP server actually bound (random in
     * tests), which Quarkus registers once the server is listening. Empty when there is no plain HTTP port by the
     * deadline, for instance with only HTTPS enabled.
     */
    private Optional<URI> loopbackServer(long deadline) throws InterruptedException {
        while (true) {
            int port = runtimeValues.getOrDefault(HttpServer.HTTP_PORT, -1);
            if (port > 0) return Optional.of(URI.create("http://127.0.0.1:" + port));
            if (System.nanoTime() > deadline) return Optional.empty();
            Thread.sleep(POLL.toMillis());
        }
    }

    private boolean othersReady() {
        for (HealthCheck check : readiness) {
            if (check instanceof DecisionPathWarmup) continue;
            if (check.call().getStatus() != HealthCheckResponse.Status.UP) return false;
        }
        return true;
    }
}
