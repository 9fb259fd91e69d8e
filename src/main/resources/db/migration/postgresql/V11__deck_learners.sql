-- The PostgreSQL spelling of sqlite/V11__deck_learners.sql: a learner has cards for the decks they study (added
-- themselves, or assigned to a class of theirs), not for every deck there is; cards are made when a learner starts
-- studying a deck and when a cloze question of such a deck becomes active. Each SQLite trigger body is a plpgsql
-- function here; INSERT OR IGNORE is ON CONFLICT DO NOTHING.
CREATE TABLE deck_learners (
    deck_id  BIGINT NOT NULL REFERENCES decks (id),
    user_id  BIGINT NOT NULL REFERENCES users (id),
    added_at BIGINT NOT NULL,
    PRIMARY KEY (deck_id, user_id)
);
CREATE INDEX deck_learners_user ON deck_learners (user_id);

-- everyone studies the decks they have cards in (every deck, since V10)
INSERT INTO deck_learners (deck_id, user_id, added_at)
SELECT q.deck_id, c.user_id, min(c.created_at)
FROM cards c JOIN questions q ON q.id = c.question_id
GROUP BY q.deck_id, c.user_id;

DROP TRIGGER cards_for_new_account ON users;
DROP TRIGGER cards_for_new_question ON questions;
DROP TRIGGER cards_for_activated_question ON questions;
DROP FUNCTION cards_for_new_account();
DROP FUNCTION cards_for_active_question();

CREATE FUNCTION cards_for_new_deck_learner() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO cards (user_id, question_id, phase, step, stability, difficulty, due, last_review, scheduled_days,
                       reps, lapses, created_at)
    SELECT NEW.user_id, q.id, 'NEW', 0, 0, 0, NEW.added_at, NULL, 0, 0, 0, NEW.added_at
    FROM questions q WHERE q.deck_id = NEW.deck_id AND q.type = 'cloze' AND q.status = 'active'
    ON CONFLICT (user_id, question_id) DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER cards_for_new_deck_learner AFTER INSERT ON deck_learners
    FOR EACH ROW EXECUTE FUNCTION cards_for_new_deck_learner();

CREATE FUNCTION cards_for_active_question() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO cards (user_id, question_id, phase, step, stability, difficulty, due, last_review, scheduled_days,
                       reps, lapses, created_at)
    SELECT l.user_id, NEW.id, 'NEW', 0, 0, 0, NEW.updated_at, NULL, 0, 0, 0, NEW.updated_at
    FROM deck_learners l WHERE l.deck_id = NEW.deck_id
    ON CONFLICT (user_id, question_id) DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER cards_for_new_question AFTER INSERT ON questions
    FOR EACH ROW WHEN (NEW.type = 'cloze' AND NEW.status = 'active')
    EXECUTE FUNCTION cards_for_active_question();

CREATE TRIGGER cards_for_activated_question AFTER UPDATE OF status, type ON questions
    FOR EACH ROW WHEN (NEW.type = 'cloze' AND NEW.status = 'active')
    EXECUTE FUNCTION cards_for_active_question();

-- a class's learners study the decks assigned to it; unassigning a deck leaves their cards and history alone
CREATE FUNCTION class_member_studies_class_decks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO deck_learners (deck_id, user_id, added_at)
    SELECT d.deck_id, NEW.user_id, NEW.joined_at FROM class_decks d WHERE d.class_id = NEW.class_id
    ON CONFLICT (deck_id, user_id) DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER class_member_studies_class_decks AFTER INSERT ON class_members
    FOR EACH ROW EXECUTE FUNCTION class_member_studies_class_decks();

CREATE FUNCTION class_deck_studied_by_members() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO deck_learners (deck_id, user_id, added_at)
    SELECT NEW.deck_id, m.user_id, m.joined_at FROM class_members m WHERE m.class_id = NEW.class_id
    ON CONFLICT (deck_id, user_id) DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER class_deck_studied_by_members AFTER INSERT ON class_decks
    FOR EACH ROW EXECUTE FUNCTION class_deck_studied_by_members();

-- the due list and due counts read started cards by due date; NEW cards stay out of that index
CREATE INDEX cards_started_due ON cards (user_id, due) WHERE phase <> 'NEW';
-- new cards are counted per deck and taken in the order their questions were added, from this index
CREATE INDEX cards_new ON cards (user_id, question_id) WHERE phase = 'NEW';

-- the statistics page reads every review of the learner (when, rating, phase before) from the index alone
DROP INDEX reviews_user;
CREATE INDEX reviews_user ON reviews (user_id, reviewed_at, rating, before_phase);
