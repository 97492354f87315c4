package dev.warden.screening;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The {@code warden.screening.*} settings (each also an environment variable, WARDEN_SCREENING_...). */
@ConfigMapping(prefix = "warden.screening")
public interface ScreeningConfig {

    /** Name hits at or above this score reach the rules and the search API's default; 0..1. */
    @WithDefault("0.86")
    double nameThreshold();

    /**
     * The most recently screened names whose matches each replica remembers against the lists serving now (0: none);
     * forgotten when a list loads a new version. Decisions mostly screen the same counterparties again.
     */
    @WithDefault("100000")
    int nameMemoSize();

    /** How often the configured lists are reloaded; PT0S turns the schedule off (POST /v1/watchlists/refresh still works). */
    @WithDefault("PT6H")
    Duration refreshInterval();

    /** How often each pod re-reads the clearances from PostgreSQL, so that a clearance made on another pod applies. */
    @WithDefault("PT30S")
    Duration clearancePollInterval();

    /** {@code warden.screening.rescreen.*}: re-screening the stored customers (docs/rescreening.md). */
    Rescreen rescreen();

    interface Rescreen {
        /** Parties seen in decisions decided within this period are screened beside the stored KYC profiles. */
        @WithDefault("P90D")
        Duration seenWithin();

        /** Customers read from PostgreSQL and screened per batch; a batch is one unit of work for a worker. */
        @WithDefault("1000")
        int batchSize();

        /** Threads that screen batches; unset, one per core. */
        java.util.Optional<Integer> workers();

        /** Re-screening when a list loads a changed version; false leaves the on-demand run and changed profiles. */
        @WithDefault("true")
        boolean onListChange();
    }
}
