-- Layering (issue 5): hop 0 of a decision also holds what the originator's party received on any of its accounts,
-- so "fiat in on the bank account, stablecoin out of the wallet" is visible to one rule. Same shape as the
-- originator-party index of V1.
CREATE INDEX transactions_beneficiary_party_window ON transactions (beneficiary_party_id, occurred_at);
