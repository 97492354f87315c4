package dev.warden.events.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.warden.events.EventsConfig;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The start-up checks of warden.events.*, read through SmallRye Config as the service reads them. */
class WebhookSubscribersTest {
    private static final String SECRET = "whsec-0123456789abcdef";

    @Test
    void aSubscriberOutsideTheAllowedTargetsIsRefusedNamingItsKey() {
        assertThatThrownBy(() -> subscribers(Map.of(
                "warden.events.allowed-targets", "https://hooks.bank.example/warden",
                "warden.events.webhooks.payments.url", "https://attacker.example/collect",
                "warden.events.webhooks.payments.secrets", SECRET)))
                .hasMessageContaining("warden.events.webhooks.\"payments\".url")
                .hasMessageContaining("outside warden.events.allowed-targets");
    }

    @Test
    void withNoAllowedTargetsNoSubscriberIsAccepted() {
        assertThatThrownBy(() -> subscribers(Map.of("warden.events.webhooks.payments.url", "https://hooks.bank.example/x",
                "warden.events.webhooks.payments.secrets", SECRET))).hasMessageContaining("outside");
        assertThat(subscribers(Map.of())).isEmpty();
    }

    @Test
    void aPrefixAllowsItsPathAndBelowButNotANeighbourOrAnotherPortOrScheme() {
        String prefix = "https://hooks.bank.example/warden";
        assertThat(allowed(prefix, "https://hooks.bank.example/warden")).isTrue();
        assertThat(allowed(prefix, "https://hooks.bank.example/warden/events")).isTrue();
        assertThat(allowed(prefix, "https://HOOKS.bank.example:443/warden/events?x=1")).isTrue();
        assertThat(allowed(prefix, "https://hooks.bank.example/wardenevil")).isFalse();
        assertThat(allowed(prefix, "https://hooks.bank.example.evil.example/warden")).isFalse();
        assertThat(allowed(prefix, "https://hooks.bank.example:8443/warden")).isFalse();
        assertThat(allowed(prefix, "http://hooks.bank.example/warden")).isFalse();
        assertThat(allowed("https://hooks.bank.example", "https://hooks.bank.example/any/path")).isTrue();
    }

    @Test
    void aHostAndPortAllowsEitherSchemeOnThatPortOnly() {
        assertThat(allowed("hooks.bank.example:8443", "https://hooks.bank.example:8443/x")).isTrue();
        assertThat(allowed("hooks.bank.example:8443", "http://hooks.bank.example:8443/")).isTrue();
        assertThat(allowed("hooks.bank.example:8443", "https://hooks.bank.example/x")).isFalse();
        assertThat(allowed("127.0.0.1:9999", "http://localhost:9999/")).as("names are compared, not resolved").isFalse();
    }

    @Test
    void malformedTargetsUrlsAndSecretsAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> AllowedTargets.parse(List.of("hooks.bank.example")))
                .hasMessageContaining("warden.events.allowed-targets").hasMessageContaining("host:port");
        assertThatThrownBy(() -> AllowedTargets.parse(List.of("ftp://hooks.bank.example/")))
                .hasMessageContaining("warden.events.allowed-targets");
        Map<String, String> base = Map.of("warden.events.allowed-targets", "hooks.bank.example:443");
        assertThatThrownBy(() -> subscribers(with(base, "https://user:pw@hooks.bank.example/x", SECRET)))
                .hasMessageContaining("warden.events.webhooks.\"p\".url").hasMessageContaining("user info");
        assertThatThrownBy(() -> subscribers(with(base, "file:///etc/passwd", SECRET)))
                .hasMessageContaining(".url").hasMessageContaining("http or https");
        assertThatThrownBy(() -> subscribers(with(base, "https://hooks.bank.example/x", "short")))
                .hasMessageContaining("warden.events.webhooks.\"p\".secrets").hasMessageContaining("16");
    }

    @Test
    void secretsAndTypesAreReadAsLists() {
        Map<String, String> config = new HashMap<>(with(Map.of("warden.events.allowed-targets", "hooks.bank.example:443"),
                "https://hooks.bank.example/x", SECRET + "," + SECRET + "-new"));
        config.put("warden.events.webhooks.p.types", "decision.flagged,case.closed");
        WebhookSubscriber subscriber = subscribers(config).get(0);
        assertThat(subscriber.secrets()).containsExactly(SECRET, SECRET + "-new");
        assertThat(subscriber.wants("case.closed")).isTrue();
        assertThat(subscriber.wants("report.ready")).isFalse();
    }

    @Test
    void deliverySettingsAreCheckedNamingTheKey() {
        assertThatThrownBy(() -> DeliverySettings.check(config(Map.of("warden.events.delivery.lease", "PT10S",
                "warden.events.delivery.request-timeout", "PT10S")).delivery()))
                .hasMessageContaining("warden.events.delivery.lease");
        assertThatThrownBy(() -> DeliverySettings.check(config(Map.of("warden.events.delivery.max-attempts", "0")).delivery()))
                .hasMessageContaining("warden.events.delivery.max-attempts");
        DeliverySettings.check(config(Map.of()).delivery());
    }

    private static Map<String, String> with(Map<String, String> base, String url, String secrets) {
        Map<String, String> config = new HashMap<>(base);
        config.put("warden.events.webhooks.p.url", url);
        config.put("warden.events.webhooks.p.secrets", secrets);
        return config;
    }

    private static boolean allowed(String target, String url) {
        return AllowedTargets.parse(List.of(target)).permits(java.net.URI.create(url));
    }

    private static List<WebhookSubscriber> subscribers(Map<String, String> properties) {
        return WebhookSubscribers.from(config(properties));
    }

    private static EventsConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withMapping(EventsConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build()
                .getConfigMapping(EventsConfig.class);
    }
}
