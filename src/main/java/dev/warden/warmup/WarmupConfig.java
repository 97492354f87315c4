package dev.warden.warmup;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The warm-up of the decision path before the service reports ready ({@code warden.warmup.*}). */
@ConfigMapping(prefix = "warden.warmup")
public interface WarmupConfig {

    /** Synthetic decisions rehearsed (parse, validate, decide without recording, write); 0 turns it off. */
    @WithDefault("3000")
    int decisions();

    /** The longest the warm-up holds readiness back, however many decisions it rehearsed by then. */
    @WithDefault("PT60S")
    Duration maxDuration();
}
