-- A learner's own FSRS weights, fitted to their reviews by "Optimize my parameters":
-- a JSON array of 21 numbers; NULL means the FSRS-6 defaults.
ALTER TABLE users ADD COLUMN fsrs_weights TEXT;
