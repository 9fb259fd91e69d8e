-- The PostgreSQL spelling of sqlite/V6__question_tags.sql (question_id matches the BIGINT questions.id).
CREATE TABLE question_tags (
    question_id BIGINT  NOT NULL REFERENCES questions (id),
    tag         TEXT    NOT NULL,
    PRIMARY KEY (question_id, tag)
);
CREATE INDEX question_tags_tag ON question_tags (tag);
