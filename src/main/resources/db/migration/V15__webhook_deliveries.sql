-- Webhook delivery. A fan-out step reads new events by the same cursor as GET /v1/events, one cursor per
-- subscriber, and inserts one delivery row per event and matching subscriber in the transaction that advances the
-- cursor; a sender claims due rows (FOR UPDATE SKIP LOCKED plus a lease, so a killed replica's claim expires) and
-- logs every attempt. EventOutbox.append, on the decision path, writes none of this.

-- Where each subscriber's fan-out has got to: (after_tx, after_seq) is the last event it has handed out, in the
-- feed's order. A subscriber configured for the first time starts at the oldest transaction then running.
CREATE TABLE webhook_cursors (
    subscriber   varchar(64)   PRIMARY KEY,
    after_tx     xid8          NOT NULL,
    after_seq    bigint        NOT NULL,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    updated_at   timestamptz   NOT NULL DEFAULT now()
);

-- One row per event and subscriber. status: PENDING (due at next_attempt_at, claimed while lease_until is in the
-- future), DELIVERED (a 2xx answer), FAILED (max attempts spent; an admin may set it PENDING again).
CREATE TABLE webhook_deliveries (
    event_id         uuid          NOT NULL REFERENCES events (event_id),
    subscriber       varchar(64)   NOT NULL,
    status           varchar(10)   NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer       NOT NULL DEFAULT 0,
    -- attempts made before the last admin retry: max-attempts counts from here
    retried_after    integer       NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz   NOT NULL,
    lease_until      timestamptz,
    lease_token      uuid,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    PRIMARY KEY (event_id, subscriber)
);
-- The sender's claim and the metrics read only undelivered rows: these indexes stay as small as the backlog.
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_backlog ON webhook_deliveries (subscriber, created_at) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_failed ON webhook_deliveries (subscriber) WHERE status = 'FAILED';

-- Every attempt, append-only: HTTP status or the class of the error, a short bounded excerpt of the answer.
CREATE TABLE webhook_attempts (
    id                bigserial     PRIMARY KEY,
    event_id          uuid          NOT NULL,
    subscriber        varchar(64)   NOT NULL,
    attempt           integer       NOT NULL,
    attempted_at      timestamptz   NOT NULL,
    http_status       integer,
    error             varchar(200),
    response_excerpt  varchar(200),
    duration_ms       integer       NOT NULL,
    FOREIGN KEY (event_id, subscriber) REFERENCES webhook_deliveries (event_id, subscriber)
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (event_id, subscriber, attempt);
