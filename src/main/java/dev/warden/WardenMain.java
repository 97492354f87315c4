package dev.warden;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.warden.db.DatabaseBootstrap;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Warden. Before Quarkus starts, and only when no database is configured, it brings up the embedded
 * PostgreSQL so that the first run needs nothing but Java and Maven. With the argument {@code test-rules} it
 * runs the rules' scenario tests instead and exits.
 */
@QuarkusMain
public class WardenMain {
    public static void main(String... args) throws Exception {
        if (args.length > 0 && args[0].equals("test-rules")) {
            // The officers' command: compile the rules and run their scenarios, without starting the service.
            System.exit(dev.warden.rules.scenario.TestRulesCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        DatabaseBootstrap.embeddedIfUnconfigured(ConfigProvider.getConfig()).forEach(System::setProperty);
        Quarkus.run(args);
    }
}
