package dev.warden.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.warden.config.WardenConfig;
import dev.warden.decision.DecisionEngine;

/**
 * Scenario tests (`test-rules`, rule-set activation) decide with the code's defaults, the live service with the
 * configuration's: with nothing configured they must be the same history, or scenarios test another walk than the
 * one that runs.
 */
class HistoryDefaultsTest {

    @Test
    void theConfiguredDefaultsAreTheOnesScenariosUse() {
        WardenConfig.History history = new io.smallrye.config.SmallRyeConfigBuilder().withMapping(WardenConfig.class)
                .build().getConfigMapping(WardenConfig.class).history();

        assertThat(UpstreamHops.Settings.of(history)).isEqualTo(UpstreamHops.Settings.DEFAULT);
        assertThat(history.counterpartyMemory()).isEqualTo(DecisionEngine.DEFAULT_COUNTERPARTY_MEMORY);
    }
}
