package dev.warden.console.graph;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The {@code warden.console.timeline.*} settings (each also an environment variable, WARDEN_CONSOLE_TIMELINE_...). */
@ConfigMapping(prefix = "warden.console.timeline")
public interface TimelineConfig {

    /** How many of the customer's most recent transactions the case timeline shows. */
    @WithDefault("50")
    @Min(1)
    @Max(500)
    int size();
}
