package dev.warden.party;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The in-process cache of KYC profiles that decisions read ({@code warden.party.profile-cache.*}). A change pushed
 * through this replica is seen by its next decision; a change pushed through another replica is seen here within
 * {@link #staleness()}, when the entry read before it expires.
 */
@ConfigMapping(prefix = "warden.party.profile-cache")
public interface ProfileCacheConfig {

    /** The most parties held (a profile, or that there is none); 0 turns the cache off. */
    @WithDefault("100000")
    int maxEntries();

    /**
     * How long an entry is used after it was read from PostgreSQL: the longest another replica's (or a direct
     * database) change to a profile goes unseen by this replica's decisions.
     */
    @WithDefault("PT30S")
    Duration staleness();
}
