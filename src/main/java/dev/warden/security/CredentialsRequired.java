package dev.warden.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * The production profile refuses to start without any way for a caller to authenticate: no API key and no JWT
 * public key would leave every /v1 endpoint answering 401, which looks like an outage, not like a configuration
 * mistake. It also refuses a local key: that plain key has every role and its usual value is published, so a
 * production pod that inherits it from a copied environment would let anyone in.
 */
@ApplicationScoped
public class CredentialsRequired {
    void check(@Observes StartupEvent event, ApiKeys keys, AuthConfig auth) {
        var config = ConfigProvider.getConfig();
        boolean jwt = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).isPresent()
                || config.getOptionalValue("mp.jwt.verify.publickey", String.class).isPresent();
        boolean production = LaunchMode.current() == LaunchMode.NORMAL
                && io.quarkus.runtime.configuration.ConfigUtils.getProfiles().contains("prod");
        if (production && auth.localKey().filter(key -> !key.isBlank()).isPresent()) {
            throw new IllegalStateException("Local key refused: warden.auth.local-key (WARDEN_AUTH_LOCAL_KEY) is set in"
                    + " the production profile, and that key has every role. Remove it and configure"
                    + " WARDEN_AUTH_API_KEYS (name:sha256:roles) or a JWT key; for a laptop, start with"
                    + " -Dquarkus.profile=local.");
        }
        if (production && !keys.any() && !jwt) {
            throw new IllegalStateException("No credentials configured: set WARDEN_AUTH_API_KEYS (name:sha256:roles)"
                    + " and/or MP_JWT_VERIFY_PUBLICKEY_LOCATION with MP_JWT_VERIFY_ISSUER (and WARDEN_JWT_AUDIENCE if"
                    + " the tokens' audience is not \"warden\"). For a laptop, start with -Dquarkus.profile=local (see"
                    + " README).");
        }
    }
}
