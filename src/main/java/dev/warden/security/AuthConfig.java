package dev.warden.security;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Who may call Warden. Bearer JWTs are configured with the standard mp.jwt.* keys (issuer, public key). */
@ConfigMapping(prefix = "warden.auth")
public interface AuthConfig {
    /**
     * Static API keys, each {@code name:sha256-of-key-in-hex:role|role}, comma separated (WARDEN_AUTH_API_KEYS,
     * from a Kubernetes Secret). Only the hash is configured; the caller sends the key as {@code X-API-Key}.
     */
    Optional<List<String>> apiKeys();

    /**
     * A plain key with every role, for a laptop only (the {@code local} profile sets one). Logged as a warning at
     * start-up; the production profile refuses to start with one (CredentialsRequired).
     */
    Optional<String> localKey();
}
