package dev.warden.replay.shadow;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Shadow mode ({@code warden.shadow.*}); off unless a rules folder is given. */
@ConfigMapping(prefix = "warden.shadow")
public interface ShadowConfig {
    /** The candidate rules folder that evaluates live traffic beside the active set; empty or absent = off. */
    Optional<String> rulesDir();

    /** Live decisions waiting for shadow evaluation; when full, new ones are dropped (and counted), never waited for. */
    @WithDefault("1000")
    int queueCapacity();

    /** Differences listed by GET /v1/rules/shadow, newest first. */
    @WithDefault("20")
    int recentDifferences();
}
