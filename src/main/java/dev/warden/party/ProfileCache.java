package dev.warden.party;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.warden.facts.KycProfile;

/**
 * The KYC profiles of recently decided parties, bounded in entries and in age, with absence cached as well (most
 * counterparties have no profile). Parties not held are read in one call of the loader.
 *
 * <p>A load overlapping a change may have read the profile as it was before: a change counts up {@link #changes}
 * before removing its entry, and a load that sees the count moved after storing what it read removes it again. So,
 * whichever of the two comes first, no profile read before a change outlives that change here.
 */
final class ProfileCache {
    /** Null when the bound is 0: every load queries. */
    private final Cache<String, Optional<KycProfile>> held;
    private final Function<Collection<String>, Map<String, KycProfile>> loader;
    private final AtomicLong changes = new AtomicLong();

    ProfileCache(int maxEntries, Duration staleness, Function<Collection<String>, Map<String, KycProfile>> loader) {
        this.held = maxEntries <= 0 ? null
                : Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(staleness).build();
        this.loader = loader;
    }

    /** The profiles of the given parties, by partyId; parties without a profile are absent. */
    Map<String, KycProfile> load(Collection<String> partyIds) {
        if (held == null) return new HashMap<>(loader.apply(partyIds));
        Map<String, KycProfile> found = new HashMap<>();
        List<String> missing = new ArrayList<>(0);
        for (String partyId : partyIds) {
            Optional<KycProfile> cached = held.getIfPresent(partyId);
            if (cached == null) missing.add(partyId);
            else cached.ifPresent(profile -> found.put(partyId, profile));
        }
        if (missing.isEmpty()) return found;
        long changesBefore = changes.get();
        Map<String, KycProfile> loaded = loader.apply(missing);
        for (String partyId : missing) {
            KycProfile profile = loaded.get(partyId);
            held.put(partyId, Optional.ofNullable(profile));
            if (profile != null) found.put(partyId, profile);
        }
        if (changes.get() != changesBefore) held.invalidateAll(missing);
        return found;
    }

    /** Forgets a party after its profile changed (called once the change committed). */
    void changed(String partyId) {
        if (held == null) return;
        changes.incrementAndGet();
        held.invalidate(partyId);
    }

    /** The parties held, after pending evictions. */
    long size() {
        if (held == null) return 0;
        held.cleanUp();
        return held.estimatedSize();
    }
}
