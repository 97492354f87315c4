-- History at scale (issue 5, point 4), after the history moved into the service (history.HistoryMirror, V9): live
-- decisions no longer read the account and party windows from PostgreSQL while the service holds them; replay,
-- backtest and windows reaching back past what the service holds do. The V7/V8 covering indexes carried every column
-- a window reads, so that those reads were index-only; that made each of the four nearly as large as the table and
-- every decision's insert write its row five times over. With a million rows the covering indexes no longer fitted
-- the buffer cache beside the table, each insert read pages back and wrote full-page images after every checkpoint
-- (11 KB of WAL per transaction row), and PostgreSQL's CPU per decision was half again that of an empty history.
-- The same keys without the carried columns keep the windows' order and bound (a backward scan that stops at the row
-- limit) at one table read per row returned, on the paths that now read them rarely (measured in README "History at
-- scale": window reads as fast at a million rows, inserts 15-20% cheaper).
-- CONCURRENTLY: built and dropped without blocking the inserts of replicas still deciding during a deploy. Flyway
-- runs a migration made only of such statements outside a transaction (and, with dev.warden.db.MigrationLock, without
-- a transaction of its own left open for the build to wait on). A run interrupted during a build leaves that index
-- behind marked invalid, which IF NOT EXISTS would then keep: the run starts by dropping whatever an earlier
-- attempt left, so running it again builds every index whole.
DROP INDEX CONCURRENTLY IF EXISTS transactions_originator_window;
DROP INDEX CONCURRENTLY IF EXISTS transactions_beneficiary_window;
DROP INDEX CONCURRENTLY IF EXISTS transactions_originator_party_window;
DROP INDEX CONCURRENTLY IF EXISTS transactions_beneficiary_party_window;
CREATE INDEX CONCURRENTLY transactions_originator_window
    ON transactions (originator_account, occurred_at, transaction_id COLLATE "C");
CREATE INDEX CONCURRENTLY transactions_beneficiary_window
    ON transactions (beneficiary_account, occurred_at, transaction_id COLLATE "C");
CREATE INDEX CONCURRENTLY transactions_originator_party_window
    ON transactions (originator_party_id, occurred_at, transaction_id COLLATE "C");
CREATE INDEX CONCURRENTLY transactions_beneficiary_party_window
    ON transactions (beneficiary_party_id, occurred_at, transaction_id COLLATE "C");
DROP INDEX CONCURRENTLY IF EXISTS transactions_originator_window_covering;
DROP INDEX CONCURRENTLY IF EXISTS transactions_beneficiary_window_covering;
DROP INDEX CONCURRENTLY IF EXISTS transactions_originator_party_window_covering;
DROP INDEX CONCURRENTLY IF EXISTS transactions_beneficiary_party_window_covering;
