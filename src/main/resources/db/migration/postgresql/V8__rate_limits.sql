-- The PostgreSQL spelling of sqlite/V8__rate_limits.sql: BYTEA for Bucket4j's bytes, BIGINT epoch milliseconds.
-- Every instance behind a load balancer counts log-in attempts in this one table.
CREATE TABLE rate_limits (
    key        TEXT   PRIMARY KEY,
    state      BYTEA  NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX rate_limits_expiry ON rate_limits (expires_at);
