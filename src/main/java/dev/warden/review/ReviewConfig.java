package dev.warden.review;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The {@code warden.review.*} settings (each also an environment variable, WARDEN_REVIEW_...). */
@ConfigMapping(prefix = "warden.review")
public interface ReviewConfig {

    /** How long after it is raised a BLOCK alert is due (the payment is held until then). */
    @WithName("due.block")
    @WithDefault("PT4H")
    Duration blockDue();

    /** How long after it is raised a REVIEW alert is due. */
    @WithName("due.review")
    @WithDefault("PT24H")
    Duration reviewDue();

    /** How long the review gauges (open alerts, oldest, overdue) keep one reading of the database. */
    @WithDefault("PT15S")
    Duration metricsRefresh();
}
