package dev.warden.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every {@code warden.*} setting in one place; each is also an environment variable (WARDEN_RULES_DIR, ...). */
@ConfigMapping(prefix = "warden")
public interface WardenConfig {

    Rules rules();

    History history();

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

    interface History {
        /** How far back from a transaction's occurredAt its accounts' history is loaded. */
        @WithDefault("P30D")
        Duration lookback();

        /** The most history rows loaded for one decision (newest first); bounds memory and latency. */
        @WithDefault("2000")
        int maxRows();

        /**
         * Upstream hop levels loaded for the originator (who paid the payer, who paid them, ...); 0 turns it off.
         * Must agree with history.UpstreamHops.Settings.DEFAULT (HistoryDefaultsTest).
         */
        @WithDefault("3")
        int upstreamDepth();

        /**
         * Upstream hop levels loaded for a transfer to a known counterparty (the originator paid the beneficiary within
         * the counterparty memory), at most upstreamDepth: the bundled rules look past the originator's own payers only
         * for transfers that open a relationship (a cycle is closed, a scatter gathered, by a new counterparty), and most
         * payments repeat standing ones. Must agree with history.UpstreamHops.Settings.DEFAULT (HistoryDefaultsTest).
         */
        @WithDefault("1")
        int upstreamDepthKnownCounterparty();

        /** How far back from occurredAt upstream hops are followed. */
        @WithDefault("P30D")
        Duration upstreamWindow();

        /** The most upstream rows loaded for one decision, over all hop levels. */
        @WithDefault("500")
        int upstreamMaxRows();

        /**
         * The most transactions an upstream account brings each way (its newest in the window) and the most payers
         * followed from the originator; an upstream account whose inflows fill it is a hub whose payers are not
         * followed. Keep it above the quiet-account thresholds of the layering tables. Must agree with
         * history.UpstreamHops.Settings.DEFAULT (HistoryDefaultsTest).
         */
        @WithDefault("16")
        int upstreamRowsPerAccount();

        /**
         * Which payers lead upstream: first-transfers (a payer is followed through a transfer that was the first
         * between its two accounts, what layering is made of) or all.
         */
        @WithDefault("first-transfers")
        dev.warden.history.UpstreamHops.Follow upstreamFollow();

        /**
         * How far back Warden remembers that one account paid another, and when an account was last active: a
         * transfer is to a new counterparty when no earlier one between the two accounts falls within it.
         * Must agree with decision.DecisionEngine.DEFAULT_COUNTERPARTY_MEMORY (HistoryDefaultsTest).
         */
        @WithDefault("P365D")
        Duration counterpartyMemory();

        /** The recent history held in the service for live decisions (history.HistoryMirror). */
        Mirror mirror();

        interface Mirror {
            /**
             * Whether live decisions read their history (hop 0, upstream hops, counterparty memory) from rows held in
             * the service; off, every decision reads it from PostgreSQL.
             */
            @WithDefault("true")
            boolean enabled();

            /**
             * How far back from the newest transaction held (at most a day past the clock) rows are held. A decision
             * whose windows or counterparty memory reach further back (a late arrival) reads that part from
             * PostgreSQL. The default covers the counterparty memory (a year) and a month of late arrivals.
             */
            @WithDefault("P400D")
            Duration retention();

            /**
             * The most transactions held (about 300 bytes of heap each); past it the oldest go, and decisions reaching
             * back to them read PostgreSQL for that part.
             */
            @WithDefault("1000000")
            int maxRows();

            /**
             * How often rows written by others (other replicas, imports) are fetched. This replica's own decisions
             * are fetched at each commit, before the decisions are answered.
             */
            @WithDefault("PT0.1S")
            Duration pollInterval();
        }
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
