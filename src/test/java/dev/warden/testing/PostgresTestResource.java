package dev.warden.testing;

import java.nio.file.Path;
import java.util.Map;

import dev.warden.db.EmbeddedPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The test suite's PostgreSQL: the same embedded server the quick start uses, with a fresh data folder under
 * target/ for each run. Tests talk to a real server over JDBC; nothing of the database is mocked.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private static EmbeddedPostgres postgres;

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (postgres == null) postgres = EmbeddedPostgres.start(Path.of("target/embedded-postgres"), true);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL for the tests", e);
        }
        return Map.of("quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedPostgres.USER,
                "quarkus.datasource.password", postgres.password());
    }

    @Override
    public synchronized void stop() {
        // Kept running for the rest of the JVM: several test profiles restart Quarkus; the hook stops it at exit.
        if (postgres != null && !hookAdded) {
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
            hookAdded = true;
        }
    }

    private static boolean hookAdded;

    public static EmbeddedPostgres server() {
        return postgres;
    }
}
