package dev.warden.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.warden.config.WardenConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Refresh without a gap: a new index is swapped in whole; a list that fails to reload keeps serving. */
class WatchListRegistryTest {

    @Test
    void aFailedRefreshKeepsTheOldVersionAndSaysWhy(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("inhouse.csv");
        Files.writeString(file, list("2026-01-01", "Grinex"));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        WatchListRegistry registry = new WatchListRegistry(config("INHOUSE=file:" + file), screening(), meters);

        registry.refresh();
        ScreeningIndex first = registry.index();
        assertEquals("2026-01-01", first.versions().get("INHOUSE"));

        Files.writeString(file, "this is not a list any more");
        WatchListStatus failed = registry.refresh().get(0);
        assertEquals(WatchListStatus.State.STALE, failed.state());
        assertEquals("2026-01-01", failed.version());
        assertTrue(failed.lastError().contains("unrecognised list format"), failed.lastError());
        assertEquals("2026-01-01", registry.index().versions().get("INHOUSE"), "the old version keeps serving");
        assertEquals(1.0, meters.get("warden.watchlist.refresh.failures").tag("list", "INHOUSE").counter().count());
        assertEquals(1.0, meters.get("warden.watchlist.stale").tag("list", "INHOUSE").gauge().value());

        Files.writeString(file, list("2026-02-01", "Garantex"));
        registry.refresh();
        assertNotSame(first, registry.index());
        assertEquals("2026-02-01", registry.index().versions().get("INHOUSE"));
        assertEquals(WatchListStatus.State.OK, registry.statuses().get(0).state());
        assertEquals("2026-01-01", first.versions().get("INHOUSE"), "an index in use is never changed under a request");
        assertNotNull(registry.lastRefresh());
    }

    @Test
    void aListNeverLoadedIsMissing(@TempDir Path dir) {
        WatchListRegistry registry = new WatchListRegistry(config("GONE=file:" + dir.resolve("absent.xml")), screening(),
                new SimpleMeterRegistry());
        registry.refresh();
        assertEquals(WatchListStatus.State.MISSING, registry.statuses().get(0).state());
        assertTrue(registry.index().versions().isEmpty());
    }

    private static String list(String version, String name) {
        return "# format: warden-watchlist-csv/1\n# version: " + version + "\nentry_id,entity_type,kind,value,chain\n"
                + "1,ENTITY,NAME," + name + ",\n";
    }

    /** Configuration values as the application would read them; nothing of the registry is replaced. */
    private static WardenConfig config(String sources) {
        return new io.smallrye.config.SmallRyeConfigBuilder().withMapping(WardenConfig.class)
                .withDefaultValue("warden.watchlists.sources", sources).build().getConfigMapping(WardenConfig.class);
    }

    private static ScreeningConfig screening() {
        return new ScreeningConfig() {
            public double nameThreshold() { return ScreeningIndex.DEFAULT_THRESHOLD; }
            public int nameMemoSize() { return 100; }
            public Duration refreshInterval() { return Duration.ZERO; }
            public Duration clearancePollInterval() { return Duration.ZERO; }
            public Rescreen rescreen() { return null; }
        };
    }
}
