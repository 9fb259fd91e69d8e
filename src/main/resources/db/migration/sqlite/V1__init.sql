-- Times are epoch milliseconds (INTEGER): one unambiguous, sortable format for SQLite and PostgreSQL alike.

CREATE TABLE users (
    id                INTEGER PRIMARY KEY,
    email             TEXT    NOT NULL UNIQUE,
    password_hash     TEXT    NOT NULL,
    role              TEXT    NOT NULL CHECK (role IN ('learner', 'instructor', 'admin')),
    desired_retention REAL    NOT NULL DEFAULT 0.9,
    new_cards_per_day INTEGER NOT NULL DEFAULT 20,
    time_zone         TEXT    NOT NULL DEFAULT 'UTC',
    created_at        INTEGER NOT NULL
);

-- Server-side sessions: the cookie carries a random token, the table keeps only its hash.
-- Anonymous sessions (user_id NULL) exist so that login and signup forms carry a CSRF token too.
CREATE TABLE sessions (
    token_hash  TEXT    PRIMARY KEY,
    user_id     INTEGER REFERENCES users (id) ON DELETE CASCADE,
    csrf_token  TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash  TEXT    NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL
);

CREATE TABLE articles (
    id          TEXT    PRIMARY KEY,
    title       TEXT    NOT NULL,
    outlet      TEXT    NOT NULL,
    published   TEXT,
    state_owned INTEGER NOT NULL DEFAULT 0,
    body        TEXT    NOT NULL
);

CREATE TABLE decks (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT    UNIQUE REFERENCES articles (id),
    title       TEXT    NOT NULL
);

CREATE TABLE questions (
    id              INTEGER PRIMARY KEY,
    deck_id         INTEGER NOT NULL REFERENCES decks (id),
    qkey            TEXT    NOT NULL,
    type            TEXT    NOT NULL CHECK (type IN ('when', 'typed', 'cloze', 'what_happened', 'timeline')),
    prompt          TEXT    NOT NULL,
    answer          TEXT    NOT NULL,
    answer_value    TEXT,
    choices         TEXT    NOT NULL DEFAULT '[]',
    source_sentence TEXT,
    source_start    INTEGER,
    source_end      INTEGER,
    origin          TEXT    NOT NULL CHECK (origin IN ('generated', 'instructor')),
    retired_at      INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    UNIQUE (deck_id, qkey)
);

CREATE TABLE quizzes (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    deck_id     INTEGER NOT NULL REFERENCES decks (id),
    size        INTEGER NOT NULL,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER
);
CREATE INDEX quizzes_user ON quizzes (user_id, started_at);

CREATE TABLE quiz_items (
    quiz_id     INTEGER NOT NULL REFERENCES quizzes (id),
    position    INTEGER NOT NULL,
    question_id INTEGER NOT NULL REFERENCES questions (id),
    PRIMARY KEY (quiz_id, position),
    UNIQUE (quiz_id, question_id)
);

CREATE TABLE answers (
    id          INTEGER PRIMARY KEY,
    quiz_id     INTEGER NOT NULL REFERENCES quizzes (id),
    question_id INTEGER NOT NULL REFERENCES questions (id),
    given       TEXT    NOT NULL,
    credit      REAL    NOT NULL,
    answered_at INTEGER NOT NULL,
    UNIQUE (quiz_id, question_id)
);

-- One card per learner and flashcard question. A NEW card has no review yet.
CREATE TABLE cards (
    id             INTEGER PRIMARY KEY,
    user_id        INTEGER NOT NULL REFERENCES users (id),
    question_id    INTEGER NOT NULL REFERENCES questions (id),
    phase          TEXT    NOT NULL,
    step           INTEGER NOT NULL,
    stability      REAL    NOT NULL,
    difficulty     REAL    NOT NULL,
    due            INTEGER NOT NULL,
    last_review    INTEGER,
    scheduled_days INTEGER NOT NULL,
    reps           INTEGER NOT NULL,
    lapses         INTEGER NOT NULL,
    created_at     INTEGER NOT NULL,
    UNIQUE (user_id, question_id)
);
CREATE INDEX cards_due ON cards (user_id, due);

-- Every review keeps the card as it was before, so the last one can be undone exactly,
-- and the client's review_key, so a retried request is stored once.
CREATE TABLE reviews (
    id              INTEGER PRIMARY KEY,
    card_id         INTEGER NOT NULL REFERENCES cards (id),
    user_id         INTEGER NOT NULL REFERENCES users (id),
    review_key      TEXT    NOT NULL,
    rating          INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    reviewed_at     INTEGER NOT NULL,
    before_phase    TEXT    NOT NULL,
    before_state    TEXT    NOT NULL,
    after_state     TEXT    NOT NULL,
    UNIQUE (user_id, review_key)
);
CREATE INDEX reviews_card ON reviews (card_id, reviewed_at);
CREATE INDEX reviews_user ON reviews (user_id, reviewed_at);
