package dev.warden.screening.clearance;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One clearance of a name hit, in force until undone; the row stays after an undo as history. */
@Entity
@Table(name = "screening_clearances")
public class ClearanceEntity extends PanacheEntityBase {
    @Id
    @Column(name = "clearance_id")
    public UUID clearanceId;
    @Column(name = "party_key")
    public String partyKey;
    @Column(name = "list_name")
    public String list;
    @Column(name = "entry_id")
    public String entryId;
    @Column(name = "entry_name")
    public String entryName;
    /** The entry's names, identifiers and wallets when cleared (null for clearances made before it was kept). */
    @Column(name = "entry_fingerprint")
    public String entryFingerprint;
    @Column(name = "cleared_by")
    public String clearedBy;
    @Column(name = "cleared_at")
    public Instant clearedAt;
    public String reason;
    @Column(name = "undone_by")
    public String undoneBy;
    @Column(name = "undone_at")
    public Instant undoneAt;
    @Column(name = "undo_reason")
    public String undoReason;

    public boolean isActive() {
        return undoneAt == null;
    }
}
