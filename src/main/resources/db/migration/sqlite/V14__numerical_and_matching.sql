-- Two more kinds of question: numerical (a number within a tolerance, as Moodle's) and matching (pairs of items,
-- not a timeline). They use the columns a question has (see NumericAnswer and Matching); only the CHECK on type
-- changes. SQLite cannot alter a CHECK, so the table is built again. Renaming the old table away would rewrite the
-- other tables' REFERENCES questions to its new name (foreign keys are on), so the rows wait in a plain copy while
-- the old table is dropped and the new one takes its name; the foreign keys' checks are deferred to the commit, by
-- when every row they point at is back with its id.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE questions_copy_v14 AS SELECT * FROM questions;

DROP TABLE questions;

CREATE TABLE questions (
    id              INTEGER PRIMARY KEY,
    deck_id         INTEGER NOT NULL REFERENCES decks (id),
    qkey            TEXT    NOT NULL,
    type            TEXT    NOT NULL CHECK (type IN ('when', 'typed', 'cloze', 'what_happened', 'timeline',
                                                     'numerical', 'matching')),
    prompt          TEXT    NOT NULL,
    answer          TEXT    NOT NULL,
    answer_value    TEXT,
    choices         TEXT    NOT NULL DEFAULT '[]',
    source_sentence TEXT,
    source_start    INTEGER,
    source_end      INTEGER,
    origin          TEXT    NOT NULL CHECK (origin IN ('generated', 'instructor')),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    source_note     TEXT,
    status          TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'retired')),
    version         INTEGER NOT NULL DEFAULT 1,
    UNIQUE (deck_id, qkey)
);

INSERT INTO questions (id, deck_id, qkey, type, prompt, answer, answer_value, choices, source_sentence, source_start,
                       source_end, origin, created_at, updated_at, source_note, status, version)
SELECT id, deck_id, qkey, type, prompt, answer, answer_value, choices, source_sentence, source_start,
       source_end, origin, created_at, updated_at, source_note, status, version
FROM questions_copy_v14;

DROP TABLE questions_copy_v14;

CREATE INDEX questions_deck_status ON questions (deck_id, status);

-- as V11 made them; they went with the old table
CREATE TRIGGER cards_for_new_question AFTER INSERT ON questions
WHEN NEW.type = 'cloze' AND NEW.status = 'active'
BEGIN
    INSERT INTO cards (user_id, question_id, phase, step, stability, difficulty, due, last_review, scheduled_days,
                       reps, lapses, created_at)
    SELECT l.user_id, NEW.id, 'NEW', 0, 0, 0, NEW.updated_at, NULL, 0, 0, 0, NEW.updated_at
    FROM deck_learners l WHERE l.deck_id = NEW.deck_id;
END;

CREATE TRIGGER cards_for_activated_question AFTER UPDATE OF status, type ON questions
WHEN NEW.type = 'cloze' AND NEW.status = 'active'
BEGIN
    INSERT OR IGNORE INTO cards (user_id, question_id, phase, step, stability, difficulty, due, last_review,
                                 scheduled_days, reps, lapses, created_at)
    SELECT l.user_id, NEW.id, 'NEW', 0, 0, 0, NEW.updated_at, NULL, 0, 0, 0, NEW.updated_at
    FROM deck_learners l WHERE l.deck_id = NEW.deck_id;
END;
