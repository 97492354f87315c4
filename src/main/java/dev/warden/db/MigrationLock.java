package dev.warden.db;

import jakarta.inject.Singleton;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * Makes Flyway hold its migration lock for the session, not inside a transaction. Replicas starting together still
 * take turns (an advisory lock, tried and retried), but with the transactional lock (Flyway's default) the lock
 * connection keeps a transaction open for the whole run, and a {@code CREATE INDEX CONCURRENTLY} (V10) waits for
 * every open transaction to end: the migration would wait for itself forever (flyway/flyway#3497, #3682).
 */
@Singleton
public class MigrationLock implements FlywayConfigurationCustomizer {
    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.getPluginRegister().getPlugin(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
    }
}
