package dev.warden.warmup;

import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.decision.DecisionService;
import dev.warden.engine.DecisionRequest;
import io.quarkus.runtime.StartupEvent;

/**
 * Holds readiness back until synthetic decisions have run through the decision path, so that a fresh replica takes
 * its first traffic with Jackson, Bean Validation, the JDBC driver, the history and profile reads, screening and the
 * rules compiled by the JIT, not interpreted. It starts once every other readiness check is up (rules and watch lists
 * loaded, database reachable) and rehearses {@link DecisionService#rehearse}: nothing is recorded. Vert.x and
 * RESTEasy are not on this path and warm with the first requests.
 */
@Readiness
@ApplicationScoped
public class DecisionPathWarmup implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(DecisionPathWarmup.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final DecisionService decisions;
    private final ObjectMapper json;
    private final Validator validator;
    private final Instance<HealthCheck> readiness;
    private final WarmupConfig config;
    private volatile int rehearsed;
    private volatile boolean done;
    private volatile String stoppedBy;

    public DecisionPathWarmup(DecisionService decisions, ObjectMapper json, Validator validator,
            @Any @Readiness Instance<HealthCheck> readiness, WarmupConfig config) {
        this.decisions = decisions;
        this.json = json;
        this.validator = validator;
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
                .withData("rehearsed", rehearsed).withData("of", config.decisions());
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
            for (int n = 0; n < config.decisions() && System.nanoTime() < deadline; n++) {
                rehearse(requests.next(n));
                rehearsed = n + 1;
            }
            LOG.infof("decision path warmed up: %d decisions rehearsed in %d ms", rehearsed,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stoppedBy = "interrupted";
        } catch (RuntimeException | java.io.IOException e) {
            // A warm-up that cannot run must not keep the replica out of service: what it warms is an optimisation.
            stoppedBy = e.getClass().getSimpleName();
            LOG.warnf(e, "decision path warm-up stopped after %d decisions", rehearsed);
        } finally {
            done = true;
        }
    }

    private void rehearse(String body) throws java.io.IOException {
        DecisionRequest request = json.readValue(body, DecisionRequest.class);
        Set<ConstraintViolation<DecisionRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("synthetic request invalid: " + violations.iterator().next().getMessage());
        }
        decisions.rehearse(request);
    }

    private boolean othersReady() {
        for (HealthCheck check : readiness) {
            if (check instanceof DecisionPathWarmup) continue;
            if (check.call().getStatus() != HealthCheckResponse.Status.UP) return false;
        }
        return true;
    }
}
