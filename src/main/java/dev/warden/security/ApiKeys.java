package dev.warden.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.codec.digest.DigestUtils;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * The configured API keys, by the SHA-256 of the key. The keys themselves are never configured or stored: a
 * leaked configuration does not let anyone in.
 */
@ApplicationScoped
public class ApiKeys {
    private static final Logger LOG = Logger.getLogger(ApiKeys.class);
    static final Set<String> ROLES = Set.of("decide", "onboarding", "officer", "supervisor", "admin");

    /** Who a key belongs to and what it may do. */
    public record Caller(String name, Set<String> roles) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The configured keys: read-only once built. */
    private final Map<String, Caller> byHash = new HashMap<>();
    private final Map<String, Caller> temporary = new ConcurrentHashMap<>();

    public ApiKeys(AuthConfig config) {
        for (String entry : config.apiKeys().orElse(java.util.List.of())) {
            if (entry.isBlank()) continue;
            String[] parts = entry.strip().split(":");
            if (parts.length != 3 || !parts[1].matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException("warden.auth.api-keys: '" + entry.split(":")[0]
                        + "' is not name:sha256-hex:role|role");
            }
            byHash.put(parts[1].toLowerCase(java.util.Locale.ROOT), new Caller(parts[0], roles(parts[0], parts[2])));
        }
        config.localKey().filter(k -> !k.isBlank()).ifPresent(key -> {
            LOG.warn("warden.auth.local-key is set: that key has every role. For a laptop only, never production.");
            byHash.put(sha256(key), new Caller("local", ROLES));
        });
    }

    public Optional<Caller> find(String key) {
        String hash = sha256(key);
        Caller caller = byHash.get(hash);
        return Optional.ofNullable(caller != null ? caller : temporary.get(hash));
    }

    /**
     * A random key that lets this process call itself over HTTP (the warm-up before readiness) until it is closed:
     * never configured, logged or stored, known only to the caller it was handed to.
     */
    public Temporary temporary(String name, Set<String> roles) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String hash = sha256(key);
        temporary.put(hash, new Caller(name, Set.copyOf(roles)));
        return new Temporary(key, () -> temporary.remove(hash));
    }

    /** A key from {@link #temporary}; closing it revokes it. */
    public record Temporary(String key, Runnable revoke) implements AutoCloseable {
        @Override
        public void close() {
            revoke.run();
        }
    }

    public boolean any() {
        return !byHash.isEmpty();
    }

    public static String sha256(String key) {
        return DigestUtils.sha256Hex(key);
    }

    private static Set<String> roles(String name, String list) {
        Set<String> roles = new LinkedHashSet<>();
        for (String role : list.split("\\|")) {
            if (!ROLES.contains(role.strip())) {
                throw new IllegalArgumentException("warden.auth.api-keys: key '" + name + "' has unknown role '" + role
                        + "'; roles are " + ROLES);
            }
            roles.add(role.strip());
        }
        return Set.copyOf(roles);
    }
}
