package dev.warden.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged service, started in its production profile with no credentials or with the laptop's local key,
 * refuses to start and says what to configure. Runs after package (failsafe), as a real process.
 */
class ProductionCredentialsIT {
    @Test
    void theProductionProfileRefusesToStartWithoutCredentials() throws Exception {
        Refusal refusal = startProduction(Map.of());
        assertThat(refusal.log()).contains("No credentials configured");
    }

    @Test
    void theProductionProfileRefusesToStartWithALocalKey() throws Exception {
        // An API key beside it: the refusal is about the local key, not about missing credentials.
        Refusal refusal = startProduction(Map.of("WARDEN_AUTH_LOCAL_KEY", "warden-local",
                "WARDEN_AUTH_API_KEYS", "ops:" + ApiKeys.sha256("ops-key") + ":admin"));
        assertThat(refusal.log()).contains("Local key refused").contains("WARDEN_AUTH_LOCAL_KEY")
                .doesNotContain("No credentials configured");
    }

    record Refusal(String log) {
    }

    /** Starts the jar in the production profile with only {@code env} as credentials; it must stop by itself, failing. */
    static Refusal startProduction(Map<String, String> env) throws Exception {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).exists();
        Path out = Files.createTempFile("warden-prod-", ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().put("WARDEN_EMBEDDED_DB_DIR", "target/it-credentials-db");
        // A fresh database each run: one left by an earlier build may hold another build's migrations.
        builder.environment().put("WARDEN_EMBEDDED_DB_CLEAN", "true");
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", "0");
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        builder.environment().remove("QUARKUS_PROFILE");
        builder.environment().remove("WARDEN_AUTH_API_KEYS");
        builder.environment().remove("WARDEN_AUTH_LOCAL_KEY");
        builder.environment().remove("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        builder.environment().putAll(env);
        Process process = builder.start();
        boolean exited = process.waitFor(180, TimeUnit.SECONDS);
        if (!exited) process.destroyForcibly();
        String log = Files.readString(out);
        assertThat(exited).as("the service should stop by itself; log:\n" + log).isTrue();
        assertThat(process.exitValue()).as(log).isNotZero();
        return new Refusal(log);
    }
}
