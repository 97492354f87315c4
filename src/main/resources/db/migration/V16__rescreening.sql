-- Re-screening of the stored customers when a list changes (docs/rescreening.md).

-- What each list's entries looked like when the customers were last screened against it: the fingerprint of an
-- entry's names, identifiers and wallets. A new version of a list is compared with these rows, not with what one
-- replica happens to hold in memory, so a restart or a second replica sees no change where there is none.
CREATE TABLE rescreening_list_entries (
    list_name    varchar(64)   NOT NULL,
    entry_id     varchar(128)  NOT NULL,
    fingerprint  varchar(64)   NOT NULL,
    list_version varchar(128),
    PRIMARY KEY (list_name, entry_id)
);

-- Every re-screening hit raised: once per party and entry, and again only when the entry's fingerprint changes.
CREATE TABLE rescreening_hits (
    party_key          varchar(300)  NOT NULL,
    list_name          varchar(64)   NOT NULL,
    entry_id           varchar(128)  NOT NULL,
    entry_fingerprint  varchar(64)   NOT NULL,
    list_version       varchar(128),
    screened_name      varchar(300),
    matched            varchar(500),
    match_kind         varchar(8)    NOT NULL,
    score              double precision NOT NULL,
    new_because        varchar(16)   NOT NULL,
    first_raised_at    timestamptz   NOT NULL,
    last_seen_at       timestamptz   NOT NULL,
    PRIMARY KEY (party_key, list_name, entry_id)
);

-- A clearance holds for the entry as it was when cleared: its fingerprint, so that a changed entry is raised
-- again. Clearances made before this column existed have none (docs/rescreening.md says how they count).
ALTER TABLE screening_clearances ADD COLUMN entry_fingerprint varchar(64);
