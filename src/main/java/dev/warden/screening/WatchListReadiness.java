package dev.warden.screening;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when every configured list has a version loaded. A list whose last refresh failed but whose previous
 * version serves is still ready, with the error in the detail; a list never loaded makes the pod not ready, since
 * it would screen against less than it is configured to.
 */
@Readiness
@ApplicationScoped
public class WatchListReadiness implements HealthCheck {
    private final WatchListRegistry registry;

    public WatchListReadiness(WatchListRegistry registry) {
        this.registry = registry;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("watchlists").up();
        for (WatchListStatus status : registry.statuses()) {
            String detail = status.state() + (status.version() == null ? "" : " version " + status.version()
                    + ", " + status.entries() + " entries")
                    + (status.lastError() == null ? "" : "; last refresh failed at " + status.lastAttemptAt() + ": " + status.lastError());
            response.withData(status.name(), detail);
            if (status.state() == WatchListStatus.State.MISSING) response.down();
        }
        return response.build();
    }
}
