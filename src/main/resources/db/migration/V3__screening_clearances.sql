-- False-positive clearances of screening name hits: an officer states that a party is not a listed entry.
-- Rows are never deleted: an undo stamps undone_at/undone_by/undo_reason, so the table is the full history.
CREATE TABLE screening_clearances (
    clearance_id  uuid          PRIMARY KEY,
    party_key     varchar(300)  NOT NULL,
    list_name     varchar(64)   NOT NULL,
    entry_id      varchar(128)  NOT NULL,
    entry_name    varchar(500),
    cleared_by    varchar(128)  NOT NULL,
    cleared_at    timestamptz   NOT NULL,
    reason        varchar(2000) NOT NULL,
    undone_by     varchar(128),
    undone_at     timestamptz,
    undo_reason   varchar(2000),
    CHECK ((undone_at IS NULL) = (undone_by IS NULL))
);
-- At most one clearance in force per party and entry.
CREATE UNIQUE INDEX screening_clearances_active ON screening_clearances (party_key, list_name, entry_id)
    WHERE undone_at IS NULL;
CREATE INDEX screening_clearances_party ON screening_clearances (party_key, cleared_at);
