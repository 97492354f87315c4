package dev.warden.security;

import static dev.warden.testing.LocalHttp.awaitReady;
import static dev.warden.testing.LocalHttp.freePort;
import static dev.warden.testing.LocalHttp.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The packaged service as it runs: in production, health and metrics answer on the management port only and Swagger
 * UI is off; in the local profile, both ports are bound to 127.0.0.1. Runs after package (failsafe), as a real
 * process on an embedded PostgreSQL, which it reaches with the password from its data folder.
 */
class ProductionExposureIT {
    @Test
    void productionServesHealthAndMetricsOnTheManagementPortOnlyAndNoSwaggerUi() throws Exception {
        int api = freePort(), management = freePort();
        try (Service service = Service.start("prod", api, management, Map.of(
                "WARDEN_AUTH_API_KEYS", "ops:" + ApiKeys.sha256("ops-key") + ":admin",
                "QUARKUS_HTTP_HOST", "127.0.0.1", "QUARKUS_MANAGEMENT_HOST", "127.0.0.1"))) {
            assertThat(status(management, "/q/health/ready")).isEqualTo(200);
            assertThat(status(management, "/q/health/live")).isEqualTo(200);
            assertThat(status(management, "/q/metrics")).isEqualTo(200);
            for (String path : new String[] {"/q/health", "/q/health/ready", "/q/metrics"}) {
                assertThat(status(api, path)).as("API port " + path).isEqualTo(404);
            }
            assertThat(status(api, "/q/swagger-ui/")).isEqualTo(404);
            assertThat(status(management, "/q/swagger-ui/")).isEqualTo(404);
            assertThat(status(api, "/q/openapi")).isEqualTo(200);
            assertThat(status(api, "/v1/rules")).as("the API still asks for credentials").isEqualTo(401);
        }
    }

    @Test
    void theLocalProfileListensOnLoopbackOnly() throws Exception {
        int api = freePort(), management = freePort();
        try (Service service = Service.start("local", api, management, Map.of())) {
            String log = service.log();
            assertThat(log).contains("127.0.0.1:" + api).contains("127.0.0.1:" + management).doesNotContain("0.0.0.0");
            assertThat(status(management, "/q/health/ready")).isEqualTo(200);
            assertThat(status(api, "/q/swagger-ui/")).isEqualTo(200);
        }
    }

    /** The jar started in {@code profile} on a fresh embedded database; ready when its management port says so. */
    record Service(Process process, Path out) implements AutoCloseable {
        static Service start(String profile, int api, int management, Map<String, String> env) throws Exception {
            Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
            assertThat(jar).exists();
            Path out = Files.createTempFile("warden-" + profile + "-", ".log");
            ProcessBuilder builder = new ProcessBuilder("java", "-Dquarkus.profile=" + profile, "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(out.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("WARDEN_")
                    || name.startsWith("MP_JWT_"));
            builder.environment().put("WARDEN_EMBEDDED_DB_DIR", "target/it-exposure-db-" + profile);
            builder.environment().put("WARDEN_EMBEDDED_DB_CLEAN", "true");
            builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(api));
            builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(management));
            builder.environment().putAll(env);
            Service service = new Service(builder.start(), out);
            if (awaitReady(service.process, management)) return service;
            String log = service.log();
            service.close();
            throw new AssertionError("the " + profile + " service did not become ready; log:\n" + log);
        }

        String log() throws Exception {
            return Files.readString(out);
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(Duration.ofSeconds(60).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
