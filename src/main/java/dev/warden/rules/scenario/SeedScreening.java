package dev.warden.rules.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import dev.warden.screening.ScreeningIndex;
import dev.warden.screening.load.ListLoader;

/**
 * The screening index scenarios run against outside the service: the seed list that ships in the jar, so a
 * scenario's expectations do not depend on which official lists a deployment happens to load.
 */
public final class SeedScreening {
    static final String SEED = "classpath:watchlists/warden-seed.csv";
    private static volatile ScreeningIndex index;

    private SeedScreening() {
    }

    /** Built once per JVM: the seed list does not change while it runs. */
    public static ScreeningIndex index() {
        if (index == null) {
            try {
                index = new ScreeningIndex(List.of(new ListLoader().load("WARDEN_SEED", SEED)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }
}
