-- Reports filed from cases: a case approved as REPORTED stores the report its writer produced (a FinCEN SAR XML
-- batch), in the approval's transaction. A filed report is evidence: never updated or deleted. docs/review.md.
CREATE TABLE case_reports (
    report_id    uuid          PRIMARY KEY,
    case_id      uuid          NOT NULL REFERENCES review_cases (case_id),
    format       varchar(64)   NOT NULL,
    media_type   varchar(128)  NOT NULL,
    content      bytea         NOT NULL,
    -- Hex SHA-256 of content, so a copy handed to the regulator can be matched to this row.
    sha256       char(64)      NOT NULL,
    prepared_by  varchar(128)  NOT NULL,
    approved_by  varchar(128)  NOT NULL,
    created_at   timestamptz   NOT NULL
);
CREATE INDEX case_reports_case ON case_reports (case_id, created_at);

CREATE FUNCTION case_reports_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'case_reports is an append-only record of filed reports: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER case_reports_append_only BEFORE UPDATE OR DELETE ON case_reports
    FOR EACH ROW EXECUTE FUNCTION case_reports_are_append_only();
