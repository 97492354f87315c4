package dev.warden.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import dev.warden.console.ConsoleConfig;
import dev.warden.console.ConsoleUsers;

/**
 * What application.properties gives each profile that the packaged jar runs in (prod, the default, and local), read
 * the way Quarkus reads it: profile prefixes and ${ENV:default} expressions resolved. The running behaviour is in
 * ProductionCredentialsIT; this catches a setting lost from the file in a second.
 */
class ProfileSettingsTest {
    @Test
    void theLocalProfileListensOnLoopbackOnly() {
        assertThat(profile("local").getValue("quarkus.http.host", String.class)).isEqualTo("127.0.0.1");
        assertThat(profile("local").getOptionalValue("warden.auth.local-key", String.class)).isPresent();
    }

    @Test
    void theProductionProfileHasNoLocalKey() {
        assertThat(profile("prod").getOptionalValue("warden.auth.local-key", String.class)).isEmpty();
        assertThat(profile("prod").getOptionalValue("warden.auth.api-keys", String.class)).isEmpty();
    }

    /** Four eyes on a laptop: the README's loop approves with this second key, as another caller than the first. */
    @Test
    void theLocalProfileHasASupervisorBesideTheLocalKey() {
        ApiKeys keys = new ApiKeys(profile("local", AuthConfig.class).getConfigMapping(AuthConfig.class));
        assertThat(keys.find("warden-local-supervisor")).get().satisfies(caller -> {
            assertThat(caller.name()).isEqualTo("local-supervisor");
            assertThat(caller.roles()).containsExactlyInAnyOrder("officer", "supervisor");
        });
        assertThat(keys.find("warden-local")).get().extracting(ApiKeys.Caller::name).isEqualTo("local");
    }

    /** docs/console.md publishes these two people for a laptop: an officer, and a supervisor for four eyes. */
    @Test
    void theLocalProfileHasAnOfficerAndASupervisorForTheConsoleOnPlainHttp() {
        ConsoleUsers users = new ConsoleUsers(profile("local", ConsoleConfig.class).getConfigMapping(ConsoleConfig.class));
        assertThat(users.signIn("olga", "olga-local".toCharArray())).get()
                .extracting(ConsoleUsers.Person::roles).isEqualTo(java.util.Set.of("officer"));
        assertThat(users.signIn("sam", "sam-local".toCharArray())).get()
                .extracting(ConsoleUsers.Person::roles).isEqualTo(java.util.Set.of("officer", "supervisor"));
        assertThat(users.signIn("olga", "sam-local".toCharArray())).isEmpty();
        assertThat(profile("local").getValue("warden.console.secure-cookies", Boolean.class)).isFalse();
    }

    @Test
    void productionHasNoConsoleUsersSecureCookiesAndNoOidcUntilConfigured() {
        SmallRyeConfig prod = profile("prod", ConsoleConfig.class);
        assertThat(prod.getConfigMapping(ConsoleConfig.class).users()).isEmpty();
        assertThat(prod.getValue("warden.console.secure-cookies", Boolean.class)).isTrue();
        assertThat(prod.getValue("quarkus.rest-csrf.cookie-force-secure", Boolean.class)).isTrue();
        assertThat(prod.getValue("quarkus.oidc.tenant-enabled", Boolean.class)).isFalse();
        assertThat(prod.getValue("warden.console.oidc", Boolean.class)).isFalse();
    }

    @Test
    void jwtsMustNameWardenAsTheirAudience() {
        assertThat(profile("prod").getValue("mp.jwt.verify.audiences", String.class)).isEqualTo("warden");
    }

    @Test
    void productionServesHealthAndMetricsOnTheManagementPortAndNoSwaggerUi() {
        SmallRyeConfig prod = profile("prod");
        assertThat(prod.getValue("quarkus.management.enabled", Boolean.class)).isTrue();
        assertThat(prod.getValue("quarkus.management.port", Integer.class)).isEqualTo(9000)
                .isNotEqualTo(prod.getValue("quarkus.http.port", Integer.class));
        assertThat(prod.getValue("quarkus.swagger-ui.enabled", Boolean.class)).isFalse();
    }

    @Test
    void theLocalProfileKeepsManagementOnLoopbackAndServesSwaggerUi() {
        SmallRyeConfig local = profile("local");
        assertThat(local.getValue("quarkus.management.host", String.class)).isEqualTo("127.0.0.1");
        assertThat(local.getValue("quarkus.swagger-ui.enabled", Boolean.class)).isTrue();
    }

    static SmallRyeConfig profile(String name, Class<?>... mappings) {
        try {
            SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().addDefaultInterceptors().withProfile(name)
                    .withSources(new PropertiesConfigSource(
                            Path.of("src/main/resources/application.properties").toUri().toURL(), 250));
            for (Class<?> mapping : mappings) builder.withMapping(mapping);
            return builder.build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
