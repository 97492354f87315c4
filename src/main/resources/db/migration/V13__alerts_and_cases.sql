-- Review: every REVIEW and BLOCK decision opens an alert in the transaction that records the decision; alerts
-- about one customer join that customer's open case; officers work the case, a supervisor approves what needs
-- four eyes, and every action is a row of the append-only case log. docs/review.md.

-- One open case per customer (customer_key: "party:<partyId>" or "account:<account key>", docs/review.md).
-- A closed case stays; the customer's next alert opens a new one.
CREATE TABLE review_cases (
    case_id               uuid          PRIMARY KEY,
    customer_key          varchar(300)  NOT NULL,
    party_id              varchar(128),
    status                varchar(16)   NOT NULL
                          CHECK (status IN ('OPEN', 'IN_REVIEW', 'PENDING_APPROVAL', 'CLOSED')),
    assignee              varchar(128),
    -- The highest priority and the earliest due time of the case's open alerts (kept as alerts join and go).
    priority              integer       NOT NULL,
    due_at                timestamptz,
    disposition           varchar(32)
                          CHECK (disposition IN ('FALSE_POSITIVE', 'TRUE_POSITIVE_NO_REPORT', 'REPORTED')),
    -- The proposal waiting for a supervisor (PENDING_APPROVAL), or the last one that closed the case.
    proposed_disposition  varchar(32)
                          CHECK (proposed_disposition IN ('FALSE_POSITIVE', 'TRUE_POSITIVE_NO_REPORT', 'REPORTED')),
    proposal_narrative    varchar(20000),
    proposed_by           varchar(128),
    proposed_at           timestamptz,
    opened_at             timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL,
    closed_at             timestamptz,
    CHECK ((status = 'CLOSED') = (disposition IS NOT NULL))
);
CREATE UNIQUE INDEX review_cases_one_open_per_customer ON review_cases (customer_key) WHERE status <> 'CLOSED';
CREATE INDEX review_cases_queue ON review_cases (status, priority DESC, due_at);
CREATE INDEX review_cases_party ON review_cases (party_id);

CREATE TABLE alerts (
    alert_id          uuid          PRIMARY KEY,
    source            varchar(16)   NOT NULL CHECK (source IN ('DECISION', 'RESCREENING')),
    decision_id       uuid          UNIQUE REFERENCES decisions (decision_id),
    transaction_id    varchar(128),
    -- What a re-screening matched (list, entry, why); null for an alert of a decision, whose findings say it.
    subject           jsonb,
    case_id           uuid          NOT NULL REFERENCES review_cases (case_id),
    party_id          varchar(128),
    account           varchar(256),
    severity          varchar(8)    NOT NULL CHECK (severity IN ('REVIEW', 'BLOCK')),
    risk_score        integer       NOT NULL,
    priority          integer       NOT NULL,
    rules             text[]        NOT NULL,
    findings          jsonb,
    status            varchar(16)   NOT NULL CHECK (status IN ('OPEN', 'DISPOSED')),
    -- While a proposal that covers this alert waits for a supervisor: true, with the proposed outcome (none for
    -- an alert without a payment); cleared when the proposal is approved or returned.
    in_proposal       boolean       NOT NULL DEFAULT false,
    proposed_outcome  varchar(8)    CHECK (proposed_outcome IN ('RELEASE', 'REJECT')),
    payment_outcome   varchar(8)    CHECK (payment_outcome IN ('RELEASE', 'REJECT')),
    disposition       varchar(32)
                      CHECK (disposition IN ('FALSE_POSITIVE', 'TRUE_POSITIVE_NO_REPORT', 'REPORTED')),
    disposed_at       timestamptz,
    disposed_by       varchar(128),
    approved_by       varchar(128),
    created_at        timestamptz   NOT NULL,
    due_at            timestamptz   NOT NULL,
    CHECK ((source = 'DECISION') = (decision_id IS NOT NULL)),
    CHECK ((status = 'DISPOSED') = (disposed_at IS NOT NULL))
);
CREATE INDEX alerts_case ON alerts (case_id, created_at);
CREATE INDEX alerts_queue ON alerts (status, priority DESC, due_at);
CREATE INDEX alerts_party ON alerts (party_id, created_at);
CREATE INDEX alerts_rules ON alerts USING gin (rules);

-- Who did what to a case, when and why; never updated or deleted.
CREATE TABLE case_log (
    seq         bigserial     PRIMARY KEY,
    case_id     uuid          NOT NULL REFERENCES review_cases (case_id),
    action      varchar(16)   NOT NULL CHECK (action IN ('OPENED', 'ALERT_JOINED', 'CLAIMED', 'ASSIGNED',
                              'COMMENTED', 'PROPOSED', 'APPROVED', 'RETURNED', 'CLOSED', 'REOPENED')),
    actor       varchar(128)  NOT NULL,
    at          timestamptz   NOT NULL,
    detail      jsonb         NOT NULL,
    reason      varchar(20000)
);
CREATE INDEX case_log_case ON case_log (case_id, seq);

CREATE FUNCTION case_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'case_log is an append-only record of case work: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER case_log_append_only BEFORE UPDATE OR DELETE ON case_log
    FOR EACH ROW EXECUTE FUNCTION case_log_is_append_only();
