-- An instructor invites learners to a class by email: the invited join it the next time they log in or when they
-- sign up with that address. No mail is sent; the invitation waits for the address, so an instructor learns
-- nothing about who already has an account.
CREATE TABLE class_invites (
    class_id   INTEGER NOT NULL REFERENCES classes (id),
    email      TEXT    NOT NULL,
    invited_at INTEGER NOT NULL,
    PRIMARY KEY (class_id, email)
);
CREATE INDEX class_invites_email ON class_invites (email);
