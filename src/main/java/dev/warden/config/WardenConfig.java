package dev.warden.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** Every {@code warden.*} setting in one place; each is also an environment variable (WARDEN_RULES_DIR, ...). */
@ConfigMapping(prefix = "warden")
public interface WardenConfig {

    Rules rules();

    Watchlists watchlists();

    Decisions decisions();

    EmbeddedDb embeddedDb();

    interface Rules {
        /** The rules folder: *.drl, tables/*.drl.csv|xlsx, lists/*.csv. */
        @WithDefault("rules")
        String dir();

        /** How often the folder's content hash is checked for changes; 0 turns watching off. */
        @WithDefault("PT2S")
        Duration watchInterval();

        /** A rule set whose scenarios (rules/tests) fail is not activated. */
        @WithDefault("true")
        boolean requirePassingScenarios();

        /** An uploaded candidate is compiled and its scenarios run in a child JVM that is killed after this long. */
        @WithDefault("PT90S")
        Duration candidateTimeout();

        /** The child JVM's heap (-Xmx): enough for the bundled set with room; a bigger upload fails there, not here. */
        @WithDefault("384m")
        String candidateHeap();
    }

    interface Watchlists {
        /** NAME=LOCATION pairs, comma separated; LOCATION is file:PATH, classpath:PATH or an https: URL. */
        @WithDefault("WARDEN_SEED=classpath:watchlists/warden-seed.csv")
        String sources();
    }

    interface Decisions {
        /** Decisions waiting to be recorded that may share one database transaction (group commit). */
        @WithDefault("64")
        int maxBatch();

        /**
         * Threads that each take what is queued and commit it as one transaction, each on its own connection. One by
         * default: on two cores a second writer made commits slower and PostgreSQL's CPU per decision higher than the
         * commits it overlapped saved (docs/throughput.md, "The persist stage"). More may pay against a database
         * server whose commits wait on the network rather than on CPU.
         */
        @WithDefault("1")
        @Min(1)
        int writers();

        /** How long a request waits for the commit that holds its record before it answers 503. */
        @WithDefault("PT10S")
        Duration commitTimeout();

        /**
         * What a decision does when PostgreSQL cannot be reached: UNAVAILABLE answers 503 (the caller retries or
         * applies its own policy); FAIL_CLOSED answers REVIEW with a SYSTEM_DEGRADED finding, decided on what is in
         * memory (screening, rules) and marked as not recorded.
         */
        @WithDefault("UNAVAILABLE")
        DatabaseFailurePolicy onDatabaseFailure();

        enum DatabaseFailurePolicy { UNAVAILABLE, FAIL_CLOSED }

        /** Requests waiting to be recorded before new ones are refused with 503 (back pressure). */
        @WithDefault("10000")
        int queueCapacity();
    }


    /** The embedded PostgreSQL, used only when no quarkus.datasource.jdbc.url is configured (read by WardenMain). */
    interface EmbeddedDb {
        /** Where its binaries and data live; the superuser's password is in pgdata/warden.pgpass (0600). */
        @WithDefault(dev.warden.db.DatabaseBootstrap.DEFAULT_DIR)
        String dir();

        /** Start from an empty database (benchmarks). */
        @WithDefault("false")
        boolean clean();
    }
}
