-- An instructor's tags on a question ("syria", "treaties"): for finding questions in the bank, and carried by
-- every export format that has tags (Anki, Moodle XML, CSV, our JSON). Lower-case, no spaces.
CREATE TABLE question_tags (
    question_id INTEGER NOT NULL REFERENCES questions (id),
    tag         TEXT    NOT NULL,
    PRIMARY KEY (question_id, tag)
);
CREATE INDEX question_tags_tag ON question_tags (tag);
