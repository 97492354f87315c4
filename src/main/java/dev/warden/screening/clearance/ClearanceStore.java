package dev.warden.screening.clearance;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import dev.warden.schedule.PeriodicTasks;
import dev.warden.screening.Clearances;
import dev.warden.screening.ScreeningConfig;
import dev.warden.screening.WatchListRegistry;
import dev.warden.screening.list.EntryFingerprint;
import dev.warden.screening.list.WatchList;
import dev.warden.screening.list.WatchListEntry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Clearances in PostgreSQL, and the snapshot of those in force that screening uses. Every change is followed by
 * a new snapshot on this pod; other pods pick it up on their next poll (warden.screening.clearance-poll-interval).
 */
@ApplicationScoped
public class ClearanceStore {
    private final WatchListRegistry registry;
    private final ScreeningConfig config;

    public ClearanceStore(WatchListRegistry registry, ScreeningConfig config) {
        this.registry = registry;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event, PeriodicTasks periodic) {
        reload();
        // A failed poll keeps the previous set in force (PeriodicTasks logs it and tries again).
        periodic.every("clearance-poll", config.clearancePollInterval(), this::reload);
    }

    /** Thrown when the same party and entry already have a clearance in force. */
    public static final class AlreadyClearedException extends RuntimeException {
        public final UUID existing;

        AlreadyClearedException(UUID existing) {
            super("this party and entry are already cleared (clearance " + existing + ")");
            this.existing = existing;
        }
    }

    /** Thrown when a clearance names a list that is not loaded or an entry that list does not hold. */
    public static final class UnknownEntryException extends RuntimeException {
        UnknownEntryException(String message) {
            super(message);
        }
    }

    /** A clearance of the entry the request names, on the list as it is loaded now. */
    public ClearanceEntity clear(ClearanceRequest request, String clearedBy) {
        WatchList list = registry.index().lists().get(request.list());
        if (list == null) throw new UnknownEntryException("no watch list " + request.list() + " is loaded");
        WatchListEntry entry = list.entry(request.entryId()).orElseThrow(
                () -> new UnknownEntryException("no entry " + request.entryId() + " on " + request.list()));
        return clear(request, entry, clearedBy);
    }

    /**
     * A clearance by {@code clearedBy}, the authenticated caller, of the hit of one party on the entry as it is listed
     * now; the entry's fingerprint is kept with the clearance, so that re-screening raises the pair again once the
     * entry's names, identifiers or wallets change.
     */
    public ClearanceEntity clear(ClearanceRequest request, WatchListEntry entry, String clearedBy) {
        ClearanceEntity saved = QuarkusTransaction.requiringNew().call(() -> {
            Optional<ClearanceEntity> active = ClearanceEntity.<ClearanceEntity>find(
                    "partyKey = ?1 and list = ?2 and entryId = ?3 and undoneAt is null",
                    request.partyId(), request.list(), request.entryId()).firstResultOptional();
            if (active.isPresent()) throw new AlreadyClearedException(active.get().clearanceId);
            ClearanceEntity c = new ClearanceEntity();
            c.clearanceId = UUID.randomUUID();
            c.partyKey = request.partyId();
            c.list = request.list();
            c.entryId = request.entryId();
            c.entryName = entry.primaryName();
            c.entryFingerprint = EntryFingerprint.of(entry);
            c.clearedBy = clearedBy;
            c.clearedAt = Instant.now();
            c.reason = request.reason();
            c.persist();
            return c;
        });
        reload();
        return saved;
    }

    /** Undoes a clearance (by {@code undoneBy}, the authenticated caller): the hit reaches the rules again. Empty when there is no such clearance. */
    public Optional<ClearanceEntity> undo(UUID id, String undoneBy, String reason) {
        Optional<ClearanceEntity> undone = QuarkusTransaction.requiringNew().call(() -> {
            ClearanceEntity c = ClearanceEntity.findById(id);
            if (c == null) return Optional.<ClearanceEntity>empty();
            if (c.isActive()) {
                c.undoneBy = undoneBy;
                c.undoneAt = Instant.now();
                c.undoReason = reason;
            }
            return Optional.of(c);
        });
        reload();
        return undone;
    }

    @Transactional
    public List<ClearanceEntity> history(String partyKey) {
        return partyKey == null
                ? ClearanceEntity.<ClearanceEntity>find("order by clearedAt desc").page(0, 500).list()
                : ClearanceEntity.<ClearanceEntity>find("partyKey = ?1 order by clearedAt desc", partyKey).list();
    }

    /** Reads the clearances in force and puts them into screening. */
    public void reload() {
        List<ClearanceEntity> active = QuarkusTransaction.requiringNew().call(
                () -> ClearanceEntity.<ClearanceEntity>list("undoneAt is null"));
        Set<String> keys = new HashSet<>();
        for (ClearanceEntity c : active) keys.add(Clearances.key(c.partyKey, c.list, c.entryId));
        registry.applyClearances(Clearances.of(keys));
    }
}
