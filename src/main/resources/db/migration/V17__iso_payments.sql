-- ISO 20022 (docs/iso20022.md): the identification of every credit transfer decided from a pacs.008 or pain.001,
-- as its first pacs.002 echoed it, so that the status report after a review (and GET
-- /v1/decisions/{id}/status-report) echoes the same ids. One row per decision; a decision that came as JSON has none.
CREATE TABLE iso_payments (
    decision_id          uuid          PRIMARY KEY REFERENCES decisions (decision_id),
    message_type         varchar(32)   NOT NULL,
    message_id           varchar(35)   NOT NULL,
    instruction_id       varchar(35),
    end_to_end_id        varchar(35),
    transaction_id       varchar(35),
    uetr                 varchar(36),
    created_at           timestamptz   NOT NULL
);
