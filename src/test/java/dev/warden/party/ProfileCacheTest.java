package dev.warden.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.warden.facts.KycProfile;
import dev.warden.facts.KycStatus;
import dev.warden.facts.PartyType;

/** The profile cache over a stand-in for the database: bounded, absence held, no profile outlives its change. */
class ProfileCacheTest {
    private final Map<String, KycProfile> stored = new ConcurrentHashMap<>();
    private final List<Collection<String>> queries = new ArrayList<>();

    private Map<String, KycProfile> query(Collection<String> partyIds) {
        queries.add(List.copyOf(partyIds));
        Map<String, KycProfile> found = new HashMap<>();
        for (String id : partyIds) if (stored.containsKey(id)) found.put(id, stored.get(id));
        return found;
    }

    private static KycProfile profile(KycStatus status) {
        return new KycProfile("Lindqvist Handel AB", PartyType.COMPANY, "SE", status, 3, null, null, null, null, null,
                false, null, null);
    }

    @Test
    void heldProfilesAndHeldAbsenceAreNotQueriedAgain() {
        stored.put("known", profile(KycStatus.VERIFIED));
        ProfileCache cache = new ProfileCache(100, Duration.ofMinutes(1), this::query);
        assertThat(cache.load(List.of("known", "unknown"))).containsOnlyKeys("known");
        assertThat(cache.load(List.of("known", "unknown"))).containsOnlyKeys("known");
        assertThat(queries).containsExactly(List.of("known", "unknown"));
        cache.load(List.of("known", "other"));
        assertThat(queries).last().isEqualTo(List.of("other"));
    }

    @Test
    void aChangeIsSeenByTheNextLoad() {
        stored.put("p", profile(KycStatus.PENDING));
        ProfileCache cache = new ProfileCache(100, Duration.ofMinutes(1), this::query);
        assertThat(cache.load(List.of("p")).get("p").kycStatus()).isEqualTo(KycStatus.PENDING);
        stored.put("p", profile(KycStatus.VERIFIED));
        assertThat(cache.load(List.of("p")).get("p").kycStatus()).as("not told yet: held").isEqualTo(KycStatus.PENDING);
        cache.changed("p");
        assertThat(cache.load(List.of("p")).get("p").kycStatus()).isEqualTo(KycStatus.VERIFIED);
    }

    @Test
    void aLoadOverlappingAChangeDoesNotKeepWhatItRead() {
        stored.put("p", profile(KycStatus.PENDING));
        ProfileCache[] cache = new ProfileCache[1];
        // The query reads the old profile, then the change commits and is announced before the load stores it.
        cache[0] = new ProfileCache(100, Duration.ofMinutes(1), ids -> {
            Map<String, KycProfile> read = query(ids);
            stored.put("p", profile(KycStatus.VERIFIED));
            cache[0].changed("p");
            return read;
        });
        assertThat(cache[0].load(List.of("p")).get("p").kycStatus()).isEqualTo(KycStatus.PENDING);
        assertThat(cache[0].size()).isZero();
    }

    @Test
    void theBoundHolds() {
        ProfileCache cache = new ProfileCache(50, Duration.ofMinutes(1), this::query);
        IntStream.range(0, 1_000).forEach(i -> cache.load(List.of("party-" + i, "payee-" + i)));
        assertThat(cache.size()).isLessThanOrEqualTo(50);
    }

    @Test
    void anEntryIsReadAgainAfterTheStaleness() throws InterruptedException {
        stored.put("p", profile(KycStatus.PENDING));
        ProfileCache cache = new ProfileCache(100, Duration.ofMillis(50), this::query);
        cache.load(List.of("p"));
        stored.put("p", profile(KycStatus.VERIFIED)); // changed through another replica: no event here
        Thread.sleep(120);
        assertThat(cache.load(List.of("p")).get("p").kycStatus()).isEqualTo(KycStatus.VERIFIED);
    }

    @Test
    void zeroEntriesTurnsItOff() {
        stored.put("p", profile(KycStatus.PENDING));
        ProfileCache cache = new ProfileCache(0, Duration.ofMinutes(1), this::query);
        cache.load(List.of("p"));
        cache.load(List.of("p"));
        assertThat(queries).hasSize(2);
    }
}
