package dev.warden.decision;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.warden.config.WardenConfig;
import io.quarkus.test.junit.QuarkusTest;

/** The journal runs as many writer threads as warden.decisions.writers says (2 in the test profile, 1 by default). */
@QuarkusTest
class JournalWritersTest {
    @Inject
    WardenConfig config;

    @Test
    void asManyWritersRunAsAreConfigured() {
        assertThat(config.decisions().writers()).isEqualTo(2);
        long writers = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("decision-journal-")).count();
        assertThat(writers).isEqualTo(2);
    }
}
