package dev.warden.warmup;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The warm-up of the decision path before the service reports ready ({@code warden.warmup.*}). */
@ConfigMapping(prefix = "warden.warmup")
public interface WarmupConfig {

    /**
     * Synthetic decisions sent to this service's own POST /v1/decisions/simulate (in-process where HTTP cannot be
     * reached); 0 turns the warm-up off. Enough for the JIT's optimising compiler to take over the decision path
     * (tens of thousands of calls), not only its first tier.
     */
    @WithDefault("20000")
    int decisions();

    /** The longest the warm-up holds readiness back, however many decisions it rehearsed by then. */
    @WithDefault("PT60S")
    Duration maxDuration();
}
