-- A class: an instructor's group of learners, who join with its code, and the decks it is assigned.
-- An instructor sees the results of their own classes' learners only; an admin sees everyone's.
CREATE TABLE classes (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    join_code     TEXT    NOT NULL UNIQUE,
    instructor_id INTEGER NOT NULL REFERENCES users (id),
    created_at    INTEGER NOT NULL
);
CREATE INDEX classes_instructor ON classes (instructor_id);

CREATE TABLE class_decks (
    class_id INTEGER NOT NULL REFERENCES classes (id),
    deck_id  INTEGER NOT NULL REFERENCES decks (id),
    PRIMARY KEY (class_id, deck_id)
);

CREATE TABLE class_members (
    class_id  INTEGER NOT NULL REFERENCES classes (id),
    user_id   INTEGER NOT NULL REFERENCES users (id),
    joined_at INTEGER NOT NULL,
    PRIMARY KEY (class_id, user_id)
);
CREATE INDEX class_members_user ON class_members (user_id);
