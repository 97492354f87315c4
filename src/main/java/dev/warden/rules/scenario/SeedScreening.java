package dev.warden.rules.scenario;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.warden.screening.ScreeningIndex;
import dev.warden.screening.WardenCsvListReader;

/**
 * The screening index scenarios run against outside the service: the seed list that ships in the jar, so a
 * scenario's expectations do not depend on which official lists a deployment happens to load.
 */
public final class SeedScreening {
    static final String SEED = "watchlists/warden-seed.csv";

    private SeedScreening() {
    }

    public static ScreeningIndex index() {
        try (var in = SeedScreening.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) throw new IOException(SEED + " is not on the classpath");
            return new ScreeningIndex(List.of(new WardenCsvListReader().read("WARDEN_SEED", "classpath:" + SEED,
                    new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
