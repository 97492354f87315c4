-- Every rule set version that was ever activated, with the content of its files, so a decision can be replayed
-- under the exact rules that made it. The version is the content hash the decisions record.
CREATE TABLE rule_set_versions (
    version             varchar(80)  PRIMARY KEY,
    origin              text         NOT NULL,
    files               jsonb        NOT NULL,
    rule_count          integer      NOT NULL,
    first_activated_at  timestamptz  NOT NULL,
    last_activated_at   timestamptz  NOT NULL
);
