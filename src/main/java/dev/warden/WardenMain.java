package dev.warden;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.warden.db.DatabaseBootstrap;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Warden. Before Quarkus starts, and only when no database is configured, it brings up the embedded
 * PostgreSQL so that the first run needs nothing but Java and Maven.
 */
@QuarkusMain
public class WardenMain {
    public static void main(String... args) throws Exception {
        DatabaseBootstrap.embeddedIfUnconfigured(ConfigProvider.getConfig()).forEach(System::setProperty);
        Quarkus.run(args);
    }
}
