-- Layering (issue 5): whether a transfer was the first between its two accounts is judged once, when it is decided,
-- and kept with it, so that rules can count new counterparties in a window without a year of history per decision.
-- Rows written before this migration count as known relationships (false): the conservative reading.
ALTER TABLE transactions ADD COLUMN new_counterparty boolean NOT NULL DEFAULT false;

-- The last transfer from one account to another (the new-counterparty lookup), a backward scan of one index.
CREATE INDEX transactions_pair_window ON transactions (originator_account, beneficiary_account, occurred_at);
