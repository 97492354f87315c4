package dev.warden.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The warm-up's key for calling its own service: known while held, gone once closed, never a configured credential. */
class TemporaryKeysTest {
    private static AuthConfig noKeys() {
        return new AuthConfig() {
            @Override
            public Optional<List<String>> apiKeys() {
                return Optional.empty();
            }

            @Override
            public Optional<String> localKey() {
                return Optional.empty();
            }
        };
    }

    @Test
    void aTemporaryKeyAuthenticatesUntilClosedAndCountsAsNoConfiguredCredential() {
        ApiKeys keys = new ApiKeys(noKeys());
        ApiKeys.Temporary key = keys.temporary("warm-up", Set.of("decide"));
        ApiKeys.Temporary other = keys.temporary("warm-up", Set.of("decide"));

        assertThat(key.key()).isNotEqualTo(other.key()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(keys.find(key.key())).hasValueSatisfying(caller -> {
            assertThat(caller.name()).isEqualTo("warm-up");
            assertThat(caller.roles()).containsExactly("decide");
        });
        // The production profile's refusal to start without credentials must not be satisfied by it.
        assertThat(keys.any()).isFalse();

        key.close();
        assertThat(keys.find(key.key())).isEmpty();
        assertThat(keys.find(other.key())).isPresent();
        other.close();
        assertThat(keys.find(other.key())).isEmpty();
    }
}
