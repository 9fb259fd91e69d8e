-- The PostgreSQL spelling of sqlite/V12__class_invites.sql (BIGINT ids and epoch milliseconds): an instructor's
-- invitation to a class waits for the address, which joins at its next log-in or sign-up.
CREATE TABLE class_invites (
    class_id   BIGINT NOT NULL REFERENCES classes (id),
    email      TEXT   NOT NULL,
    invited_at BIGINT NOT NULL,
    PRIMARY KEY (class_id, email)
);
CREATE INDEX class_invites_email ON class_invites (email);
