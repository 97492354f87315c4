-- Shadow mode: a candidate rule set decides live traffic beside the active one, off the response path. Every
-- decision on which the two disagree is kept here; the counts (evaluated, agreed, dropped, rules fired) are
-- tallies that every pod adds to, so GET /v1/rules/shadow summarises the whole deployment, not one pod.
CREATE TABLE shadow_differences (
    id              bigserial     PRIMARY KEY,
    shadow_version  varchar(80)   NOT NULL,
    live_version    varchar(80)   NOT NULL,
    decision_id     uuid          NOT NULL,
    transaction_id  varchar(128)  NOT NULL,
    occurred_at     timestamptz   NOT NULL,
    live_outcome    varchar(8)    NOT NULL,
    shadow_outcome  varchar(8)    NOT NULL,
    rules_added     varchar(200)[] NOT NULL,
    rules_removed   varchar(200)[] NOT NULL,
    evaluated_at    timestamptz   NOT NULL
);
CREATE INDEX shadow_differences_recent ON shadow_differences (shadow_version, id);

CREATE TABLE shadow_tallies (
    shadow_version  varchar(80)   NOT NULL,
    name            varchar(240)  NOT NULL,
    count           bigint        NOT NULL,
    PRIMARY KEY (shadow_version, name)
);

-- Backtests select recorded decisions by the time their transaction occurred.
CREATE INDEX decisions_occurred_at ON decisions (occurred_at, decision_id);
