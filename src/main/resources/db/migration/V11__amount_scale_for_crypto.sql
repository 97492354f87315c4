-- Amounts carry up to 18 decimals (a crypto asset's smallest unit, such as wei); numeric(38,8) rounded them to 8
-- in the history while the recorded request kept them whole. Validation bounds amounts (below 10^15, at most 18
-- decimals), so the column needs no bound of its own. Dropping a numeric's precision and scale rewrites nothing:
-- PostgreSQL changes the catalog only, and no index holds the column.
ALTER TABLE transactions ALTER COLUMN amount TYPE numeric;
