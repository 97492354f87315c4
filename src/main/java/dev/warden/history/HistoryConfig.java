package dev.warden.history;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.WithDefault;

/**
 * How much history a decision sees and how it is held ({@code warden.history.*}). Each default is written once,
 * here: code that decides without the service's configuration (scenario tests, the test-rules command) takes
 * {@link #defaults()}, so scenarios walk the same history as the live service.
 */
@ConfigMapping(prefix = "warden.history")
public interface HistoryConfig {

    /** The settings with nothing configured: the defaults below. */
    static HistoryConfig defaults() {
        return Defaults.CONFIG;
    }

    /** How far back from a transaction's occurredAt its accounts' history is loaded. */
    @WithDefault("P30D")
    Duration lookback();

    /** The most history rows loaded for one decision (newest first); bounds memory and latency. */
    @WithDefault("2000")
    int maxRows();

    /**
     * Upstream hop levels loaded for the originator (who paid the payer, who paid them, ...); 0 turns it off.
     */
    @WithDefault("3")
    int upstreamDepth();

    /**
     * Upstream hop levels loaded for a transfer to a known counterparty (the originator paid the beneficiary within
     * the counterparty memory), at most upstreamDepth: the bundled rules look past the originator's own payers only
     * for transfers that open a relationship (a cycle is closed, a scatter gathered, by a new counterparty), and most
     * payments repeat standing ones.
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
     * followed. Keep it above the quiet-account thresholds of the layering tables.
     */
    @WithDefault("16")
    int upstreamRowsPerAccount();

    /**
     * Which payers lead upstream: first-transfers (a payer is followed through a transfer that was the first
     * between its two accounts, what layering is made of) or all.
     */
    @WithDefault("first-transfers")
    UpstreamHops.Follow upstreamFollow();

    /**
     * How far back Warden remembers that one account paid another, and when an account was last active: a
     * transfer is to a new counterparty when no earlier one between the two accounts falls within it.
     */
    @WithDefault("P365D")
    Duration counterpartyMemory();

    /** The recent history held in the service for live decisions (history.held.HistoryMirror). */
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

    /** Built once: the mapping over an empty configuration. */
    final class Defaults {
        private static final HistoryConfig CONFIG = new SmallRyeConfigBuilder().withMapping(HistoryConfig.class)
                .build().getConfigMapping(HistoryConfig.class);

        private Defaults() {
        }
    }
}
