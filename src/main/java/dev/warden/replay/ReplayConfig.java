package dev.warden.replay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of replay and backtest ({@code warden.replay.*}). */
@ConfigMapping(prefix = "warden.replay")
public interface ReplayConfig {
    /** Compiled rule set versions kept for replay and backtest; each holds a KieBase, so keep it small. */
    @WithDefault("4")
    int compiledVersions();

    /** Backtest jobs kept with their reports; the oldest finished job is forgotten first. */
    @WithDefault("20")
    int backtestJobsKept();

    /** Changed decisions listed in one backtest report (the counts always cover all of them). */
    @WithDefault("200")
    int backtestChangesListed();

    /** A backtest still running after this long is stopped and reported failed: its candidate may never end. */
    @WithDefault("PT30M")
    java.time.Duration backtestTimeout();
}
