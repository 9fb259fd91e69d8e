-- An edit makes a new version of a question. questions holds the current one; question_versions keeps each
-- version an edit replaced, exactly as learners saw it, so a score page shows what was asked then.
-- A version began when the one before it was replaced (version 1: questions.created_at).
-- An answer records the version it answered. Cards stay with the question: a wording edit keeps the schedule.
ALTER TABLE questions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE answers ADD COLUMN question_version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE question_versions (
    question_id     INTEGER NOT NULL REFERENCES questions (id),
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
    replaced_at     INTEGER NOT NULL,
    PRIMARY KEY (question_id, version)
);
