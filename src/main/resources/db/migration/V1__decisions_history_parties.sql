-- History that windows query: one row per decided transaction. Accounts are named by the same key the rule
-- facts use (accountId, else iban:IBAN, else CHAIN:wallet).
CREATE TABLE transactions (
    transaction_id        varchar(128)  PRIMARY KEY,
    occurred_at           timestamptz   NOT NULL,
    type                  varchar(32)   NOT NULL,
    amount                numeric(38,8) NOT NULL,
    currency              varchar(12)   NOT NULL,
    amount_usd            numeric(38,8) NOT NULL,
    originator_account    varchar(256),
    beneficiary_account   varchar(256),
    originator_party_id   varchar(128),
    beneficiary_party_id  varchar(128),
    originator_country    varchar(2),
    beneficiary_country   varchar(2),
    asset                 varchar(12),
    chain                 varchar(32),
    recorded_at           timestamptz   NOT NULL DEFAULT now()
);
-- Window reads: "what did these accounts send or receive between t-lookback and t".
CREATE INDEX transactions_originator_window  ON transactions (originator_account, occurred_at);
CREATE INDEX transactions_beneficiary_window ON transactions (beneficiary_account, occurred_at);
CREATE INDEX transactions_originator_party_window ON transactions (originator_party_id, occurred_at);

-- The audit log: one record per decided transaction, never updated or deleted.
CREATE TABLE decisions (
    decision_id           uuid          PRIMARY KEY,
    transaction_id        varchar(128)  NOT NULL UNIQUE,
    request_sha256        varchar(64)   NOT NULL,
    request               jsonb         NOT NULL,
    response              jsonb         NOT NULL,
    outcome               varchar(8)    NOT NULL CHECK (outcome IN ('ALLOW', 'REVIEW', 'BLOCK')),
    risk_score            integer       NOT NULL,
    rule_set_version      varchar(80)   NOT NULL,
    watchlist_versions    jsonb         NOT NULL,
    originator_party_id   varchar(128),
    beneficiary_party_id  varchar(128),
    occurred_at           timestamptz   NOT NULL,
    decided_at            timestamptz   NOT NULL
);
CREATE INDEX decisions_decided_at ON decisions (decided_at);
CREATE INDEX decisions_originator_party ON decisions (originator_party_id, decided_at);
CREATE INDEX decisions_beneficiary_party ON decisions (beneficiary_party_id, decided_at);
CREATE INDEX decisions_outcome ON decisions (outcome, decided_at);

CREATE FUNCTION decisions_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'decisions is an append-only audit log: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER decisions_append_only BEFORE UPDATE OR DELETE ON decisions
    FOR EACH ROW EXECUTE FUNCTION decisions_are_append_only();

-- KYC profiles pushed by onboarding systems, and every version they ever had.
CREATE TABLE party_profiles (
    party_id                     varchar(128) PRIMARY KEY,
    name                         varchar(300),
    type                         varchar(32),
    country                      varchar(2),
    kyc_status                   varchar(16)  NOT NULL,
    kyc_level                    integer,
    verified_at                  date,
    expires_at                   date,
    risk_rating                  varchar(8),
    pep                          boolean      NOT NULL DEFAULT false,
    beneficial_owners_known      boolean,
    incorporated_on              date,
    declared_monthly_volume_usd  numeric(20,2),
    account_opened_on            date,
    version                      integer      NOT NULL,
    updated_at                   timestamptz  NOT NULL
);

CREATE TABLE party_profile_history (
    party_id    varchar(128) NOT NULL,
    version     integer      NOT NULL,
    profile     jsonb        NOT NULL,
    changed_at  timestamptz  NOT NULL,
    PRIMARY KEY (party_id, version)
);
