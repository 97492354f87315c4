-- History at scale (issue 5, point 4): live decisions read their recent history from rows held in the service
-- (history.HistoryMirror), which fetches what was written since it last looked (history.HistoryLog): its own decisions
-- at each commit, other replicas' decisions and imports every poll interval. "Since" is told by the database
-- transaction that wrote a row, not by a clock or a sequence: a timestamp or a sequence value is taken before the
-- commit, so a row can become visible after rows with later values and be missed; a snapshot's xmax and in-progress
-- list say exactly which writers have not been read yet.
-- Rows written before this migration keep NULL: the mirror reads them when it loads, by occurred_at.
-- The column is added without a default first (no rewrite of a large table), then given one for new rows.
ALTER TABLE transactions ADD COLUMN written_by xid8;
ALTER TABLE transactions ALTER COLUMN written_by SET DEFAULT pg_current_xact_id();
CREATE INDEX transactions_written_by ON transactions (written_by);
