-- History at scale (issue 5, point 4). HistoryWindow reads each account's newest rows with a backward scan of its
-- account index that stops after the window's row limit. Keyed (account, occurred_at, transaction_id in byte order),
-- the index hands rows over in exactly the window's order (newest first, equal times by transactionId), so there is
-- nothing to sort; carrying every column the window reads, the scan is index-only: an account's rows sit together in
-- a few index pages instead of one table page each. These replace the narrow V1 account indexes (same leading keys).
-- The party indexes stay as they are: party branches read few rows, most of them again through the account branches.
CREATE INDEX transactions_originator_window_covering
    ON transactions (originator_account, occurred_at, transaction_id COLLATE "C")
    INCLUDE (type, amount, currency, amount_usd, beneficiary_account, originator_party_id, beneficiary_party_id,
             originator_country, beneficiary_country, asset, chain, new_counterparty, recorded_at);
CREATE INDEX transactions_beneficiary_window_covering
    ON transactions (beneficiary_account, occurred_at, transaction_id COLLATE "C")
    INCLUDE (type, amount, currency, amount_usd, originator_account, originator_party_id, beneficiary_party_id,
             originator_country, beneficiary_country, asset, chain, new_counterparty, recorded_at);
DROP INDEX transactions_originator_window;
DROP INDEX transactions_beneficiary_window;
-- An index-only scan still reads the table for rows on pages not yet marked all-visible, and the newest rows (the
-- ones a live window reads most) are exactly those until a vacuum: vacuum after inserts of 1% of the table, not 20%.
ALTER TABLE transactions SET (autovacuum_vacuum_insert_scale_factor = 0.01);
