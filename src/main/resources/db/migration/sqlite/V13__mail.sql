-- Mail the service owes someone (a sign-up link, a password reset), written in the same transaction as what it
-- announces, so nothing acknowledged is lost if the process dies before it is sent. A row leaves once the mail
-- server has taken the message: its body holds a live link and is kept no longer than needed.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    recipient       TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    -- also the lease: an instance that takes a row moves this forward, so another leaves it alone meanwhile
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT
);
CREATE INDEX outbox_due ON outbox (next_attempt_at);

-- The one-time links those mails carry: only a hash of the token is kept. A sign-up link holds the account to
-- create (its password already hashed), so an address gets an account only when its owner follows the link;
-- a reset link names the account whose password it may change.
CREATE TABLE email_links (
    token_hash    TEXT    PRIMARY KEY,
    purpose       TEXT    NOT NULL CHECK (purpose IN ('signup', 'reset')),
    email         TEXT    NOT NULL,
    user_id       INTEGER REFERENCES users (id) ON DELETE CASCADE,
    password_hash TEXT,
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL
);
CREATE INDEX email_links_expiry ON email_links (expires_at);
CREATE INDEX email_links_user ON email_links (user_id);
