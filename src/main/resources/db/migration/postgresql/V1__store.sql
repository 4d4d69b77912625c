-- The store: pseudonymised person-month facts, the import log and the published cells of each run.
CREATE TABLE import_log (
    id            BIGSERIAL PRIMARY KEY,
    file_name     VARCHAR(255) NOT NULL,
    checksum      VARCHAR(64)     NOT NULL,
    format        VARCHAR(16)  NOT NULL,
    description   VARCHAR(255),
    status        VARCHAR(16)  NOT NULL,
    lines_read    BIGINT       NOT NULL DEFAULT 0,
    facts_written BIGINT       NOT NULL DEFAULT 0,
    rejected      BIGINT       NOT NULL DEFAULT 0,
    started_at    TIMESTAMP    NOT NULL,
    finished_at   TIMESTAMP
);

CREATE TABLE import_scope (
    import_id    BIGINT   NOT NULL REFERENCES import_log (id),
    municipality VARCHAR(4)  NOT NULL,
    period_year  SMALLINT NOT NULL,
    period_month SMALLINT NOT NULL,
    PRIMARY KEY (import_id, municipality, period_year, period_month)
);

CREATE TABLE person_month (
    import_id      BIGINT      NOT NULL,
    municipality   VARCHAR(4)     NOT NULL,
    district       VARCHAR(8),
    period_year    SMALLINT    NOT NULL,
    period_month   SMALLINT    NOT NULL,
    person_key     VARCHAR(64)    NOT NULL,
    birth_year     SMALLINT,
    gender         VARCHAR(8),
    civil_status   VARCHAR(8),
    children_flag  VARCHAR(8),
    children_count SMALLINT,
    income_source  VARCHAR(8),
    benefit_type   VARCHAR(8),
    work_situation VARCHAR(8),
    housing        VARCHAR(8),
    citizenship    VARCHAR(8),
    bidrag         BIGINT      NOT NULL,
    laan           BIGINT      NOT NULL,
    support_month  BOOLEAN     NOT NULL,
    source_line    BIGINT      NOT NULL
);

CREATE INDEX person_month_person ON person_month (municipality, period_year, person_key);
CREATE INDEX person_month_scope ON person_month (municipality, period_year, period_month);

CREATE TABLE result_cell (
    run_id     BIGINT       NOT NULL,
    table_id   VARCHAR(64)  NOT NULL,
    region     VARCHAR(32)  NOT NULL,
    period     VARCHAR(7)   NOT NULL,
    dim1       VARCHAR(32),
    cat1       VARCHAR(32),
    dim2       VARCHAR(32),
    cat2       VARCHAR(32),
    measure    VARCHAR(64)  NOT NULL,
    cell_value DECIMAL(20, 1),
    symbol     VARCHAR(2)
);

CREATE INDEX result_cell_run ON result_cell (run_id);

CREATE TABLE rejected_line (
    import_id   BIGINT       NOT NULL,
    line_number BIGINT       NOT NULL,
    reason      VARCHAR(500) NOT NULL
);

CREATE INDEX rejected_line_import ON rejected_line (import_id);
