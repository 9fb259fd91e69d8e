-- Bucket4j's token buckets for log-in throttling (per account and per address), kept in the database so a
-- restart does not reset them and, later, several instances share them. state is Bucket4j's serialised bucket.
CREATE TABLE rate_limits (
    key        TEXT    PRIMARY KEY,
    state      BLOB    NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX rate_limits_expiry ON rate_limits (expires_at);
