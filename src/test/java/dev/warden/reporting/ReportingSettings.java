package dev.warden.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * {@link ReportingConfig} as the application reads it, without starting Quarkus: src/main/resources/
 * application.properties in a profile, with keys removed or overridden.
 */
public final class ReportingSettings {

    private ReportingSettings() {
    }

    /** The test profile's placeholders, as shipped. */
    public static ReportingConfig testProfile() {
        return inProfile("test", Set.of(), Map.of());
    }

    /** The test profile without {@code removed} and with {@code overrides}. */
    public static ReportingConfig inProfile(String profile, Set<String> removed, Map<String, String> overrides) {
        Map<String, String> properties = new HashMap<>();
        applicationProperties().forEach((key, value) -> {
            String plain = key.replaceFirst("^%[^.]+\\.", "");
            if (!removed.contains(plain)) {
                properties.put(key, value);
            }
        });
        overrides.forEach((key, value) -> properties.put("%" + profile + "." + key, value));
        SmallRyeConfig config = new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .withMapping(ReportingConfig.class).build();
        return config.getConfigMapping(ReportingConfig.class);
    }

    private static Map<String, String> applicationProperties() {
        URL url = ReportingSettings.class.getClassLoader().getResource("application.properties");
        try {
            return new PropertiesConfigSource(url).getProperties();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
