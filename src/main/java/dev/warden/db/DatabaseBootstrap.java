package dev.warden.db;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.microprofile.config.Config;

/**
 * Decides where the database is: the configured server when {@code quarkus.datasource.jdbc.url} is set, else an
 * embedded PostgreSQL with its data in {@code warden.embedded-db.dir} (default {@code data/embedded-postgres}).
 * Returns the datasource settings to hand to Quarkus, empty when a server is configured.
 */
public final class DatabaseBootstrap {
    public static final String DEFAULT_DIR = "data/embedded-postgres";

    private DatabaseBootstrap() {
    }

    public static Map<String, String> embeddedIfUnconfigured(Config config) throws IOException {
        if (config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).isPresent()) {
            return Map.of();
        }
        Path dir = Path.of(config.getOptionalValue("warden.embedded-db.dir", String.class).orElse(DEFAULT_DIR));
        boolean clean = config.getOptionalValue("warden.embedded-db.clean", Boolean.class).orElse(false);
        EmbeddedPostgres pg = EmbeddedPostgres.start(dir, clean);
        Runtime.getRuntime().addShutdownHook(new Thread(pg::close, "embedded-postgres-stop"));
        return Map.of("quarkus.datasource.jdbc.url", pg.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedPostgres.USER,
                "quarkus.datasource.password", pg.password());
    }
}
