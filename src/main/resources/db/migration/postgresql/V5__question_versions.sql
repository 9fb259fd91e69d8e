-- The PostgreSQL spelling of sqlite/V5__question_versions.sql (replaced_at is epoch milliseconds: BIGINT).
ALTER TABLE questions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE answers ADD COLUMN question_version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE question_versions (
    question_id     BIGINT  NOT NULL REFERENCES questions (id),
    version         INTEGER NOT NULL,
    type            TEXT    NOT NULL,
    prompt          TEXT    NOT NULL,
    answer          TEXT    NOT NULL,
    answer_value    TEXT,
    choices         TEXT    NOT NULL,
    source_sentence TEXT,
    source_start    INTEGER,
    source_end      INTEGER,
    source_note     TEXT,
    replaced_at     BIGINT  NOT NULL,
    PRIMARY KEY (question_id, version)
);
