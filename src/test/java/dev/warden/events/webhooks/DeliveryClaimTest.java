package dev.warden.events.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.warden.events.EventOutbox;
import dev.warden.events.NewEvent;
import dev.warden.testing.Database;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The multi-replica guarantee on real PostgreSQL: claims made at the same moment (two replicas) never share a
 * delivery, a lease that ran out is claimed again, and the replica whose lease was taken over cannot move the
 * delivery on (its attempt is still logged).
 */
@QuarkusTest
class DeliveryClaimTest {
    private static final Duration LONG_LEASE = Duration.ofMinutes(1);

    @Inject
    DataSource dataSource;
    @Inject
    EventOutbox outbox;

    @Test
    void concurrentClaimsTakeDisjointDeliveriesAndTogetherAllOfThem() throws Exception {
        String subscriber = "claims-" + UUID.randomUUID().toString().substring(0, 8);
        Set<UUID> events = pending(subscriber, 40);
        DeliveryStore replicaA = new DeliveryStore(dataSource), replicaB = new DeliveryStore(dataSource);
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<List<ClaimedDelivery>> a = CompletableFuture.supplyAsync(() -> claimAt(together, replicaA, subscriber));
        CompletableFuture<List<ClaimedDelivery>> b = CompletableFuture.supplyAsync(() -> claimAt(together, replicaB, subscriber));
        Set<UUID> byA = ids(a.get()), byB = ids(b.get());
        assertThat(byA).doesNotContainAnyElementsOf(byB);
        Set<UUID> all = new HashSet<>(byA);
        all.addAll(byB);
        assertThat(all).isEqualTo(events);
        assertThat(replicaA.claim(List.of(subscriber), 100, LONG_LEASE)).as("every lease is held").isEmpty();
    }

    @Test
    void anExpiredLeaseIsClaimedAgainAndTheReplicaThatLostItCannotFinishTheDelivery() throws Exception {
        String subscriber = "lease-" + UUID.randomUUID().toString().substring(0, 8);
        UUID event = pending(subscriber, 1).iterator().next();
        DeliveryStore store = new DeliveryStore(dataSource);
        // Leases and backoffs of seconds, so that "still held" does not depend on how fast this machine is.
        ClaimedDelivery killed = store.claim(List.of(subscriber), 10, Duration.ofSeconds(2)).get(0);
        assertThat(store.claim(List.of(subscriber), 10, LONG_LEASE)).as("held while the lease runs").isEmpty();
        List<ClaimedDelivery> again = awaitClaim(store, subscriber, "claimable once the lease lapses");
        assertThat(again).extracting(c -> c.event().id()).containsExactly(event);
        assertThat(again.get(0).attempt()).as("the killed replica never recorded its attempt").isEqualTo(1);

        AttemptResult ok = new AttemptResult(Instant.now(), 200, null, null, Duration.ofMillis(5));
        assertThat(store.record(killed, ok, 3, Duration.ZERO)).isEqualTo(DeliveryStore.Outcome.LEASE_LOST);
        assertThat(status(event, subscriber)).as("still PENDING").isEqualTo(1);
        assertThat(store.record(again.get(0), ok, 3, Duration.ZERO)).isEqualTo(DeliveryStore.Outcome.DELIVERED);
        assertThat(Database.count(dataSource, "SELECT count(*) FROM webhook_attempts WHERE event_id = ? AND subscriber = ?",
                event, subscriber)).as("both attempts logged").isEqualTo(2);
        assertThat(store.claim(List.of(subscriber), 10, LONG_LEASE)).isEmpty();
    }

    @Test
    void aFailedAttemptIsDueAgainOnlyAfterItsBackoffAndTheLastOneMakesItFailed() throws Exception {
        String subscriber = "backoff-" + UUID.randomUUID().toString().substring(0, 8);
        UUID event = pending(subscriber, 1).iterator().next();
        DeliveryStore store = new DeliveryStore(dataSource);
        AttemptResult refused = new AttemptResult(Instant.now(), 503, null, "down", Duration.ofMillis(5));
        ClaimedDelivery first = store.claim(List.of(subscriber), 10, LONG_LEASE).get(0);
        assertThat(store.record(first, refused, 2, Duration.ofSeconds(2))).isEqualTo(DeliveryStore.Outcome.RETRYING);
        assertThat(store.claim(List.of(subscriber), 10, LONG_LEASE)).as("not before its backoff").isEmpty();
        ClaimedDelivery second = awaitClaim(store, subscriber, "claimable once the backoff has passed").get(0);
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(store.record(second, refused, 2, Duration.ZERO)).isEqualTo(DeliveryStore.Outcome.FAILED);
        assertThat(Database.count(dataSource, "SELECT count(*) FROM webhook_deliveries WHERE event_id = ? AND subscriber = ? "
                + "AND status = 'FAILED'", event, subscriber)).isEqualTo(1);
        assertThat(store.claim(List.of(subscriber), 10, LONG_LEASE)).isEmpty();
    }

    private long status(UUID event, String subscriber) {
        return Database.count(dataSource, "SELECT count(*) FROM webhook_deliveries WHERE event_id = ? AND subscriber = ? "
                + "AND status = 'PENDING'", event, subscriber);
    }

    private static List<ClaimedDelivery> claimAt(CyclicBarrier together, DeliveryStore store, String subscriber) {
        try {
            together.await();
            return store.claim(List.of(subscriber), 25, LONG_LEASE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<UUID> ids(List<ClaimedDelivery> claimed) {
        Set<UUID> ids = new HashSet<>();
        claimed.forEach(c -> ids.add(c.event().id()));
        return ids;
    }

    /** {@code count} events, each with a PENDING delivery to {@code subscriber}, due now. */
    private Set<UUID> pending(String subscriber, int count) throws Exception {
        List<NewEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) events.add(NewEvent.of("test.claim", subscriber, "{}"));
        try (Connection connection = dataSource.getConnection()) {
            outbox.append(connection, events);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_deliveries (event_id, "
                    + "subscriber, status, next_attempt_at) VALUES (?, ?, 'PENDING', now())")) {
                for (NewEvent event : events) {
                    insert.setObject(1, event.eventId());
                    insert.setString(2, subscriber);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        Set<UUID> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.eventId()));
        return ids;
    }

    private static List<ClaimedDelivery> awaitClaim(DeliveryStore store, String subscriber, String what) {
        return org.awaitility.Awaitility.await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> store.claim(List.of(subscriber), 10, LONG_LEASE), claimed -> !claimed.isEmpty());
    }
}
