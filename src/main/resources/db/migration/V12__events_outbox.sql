-- The outbox: every event (a decision flagged, an alert disposed, a case closed, a report ready) is written in the
-- same transaction as the change that caused it, so an event exists exactly when its change does. Append-only.
-- written_by_tx is the writing transaction's id: a reader by cursor takes only events whose transaction is older
-- than every transaction still running (pg_snapshot_xmin), so an event that commits late never lands behind a
-- cursor that has already moved past its sequence number.
CREATE TABLE events (
    seq            bigserial     PRIMARY KEY,
    event_id       uuid          NOT NULL UNIQUE,
    type           varchar(40)   NOT NULL,
    subject        varchar(128)  NOT NULL,
    payload        jsonb         NOT NULL,
    created_at     timestamptz   NOT NULL,
    written_by_tx  xid8          NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX events_feed ON events (written_by_tx, seq);

CREATE FUNCTION events_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'events is an append-only outbox: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION events_are_append_only();
