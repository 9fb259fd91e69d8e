-- The PostgreSQL spelling of sqlite/V15__review_slots.sql: reviews counted per learner and quarter hour, kept by
-- trigger functions as reviews are written and undone (an upsert, atomic under concurrent writers), so the
-- progress page reads counts, not every review; and a covering index of started cards for its charts.
CREATE TABLE review_slots (
    user_id      BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    slot         BIGINT  NOT NULL,
    reviews      INTEGER NOT NULL,
    review_phase INTEGER NOT NULL,
    recalled     INTEGER NOT NULL,
    PRIMARY KEY (user_id, slot)
);

INSERT INTO review_slots (user_id, slot, reviews, review_phase, recalled)
SELECT user_id, reviewed_at / 900000, count(*),
       sum(CASE WHEN before_phase = 'REVIEW' THEN 1 ELSE 0 END),
       sum(CASE WHEN before_phase = 'REVIEW' AND rating > 1 THEN 1 ELSE 0 END)
FROM reviews GROUP BY user_id, reviewed_at / 900000;

CREATE FUNCTION review_slots_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO review_slots (user_id, slot, reviews, review_phase, recalled)
    VALUES (NEW.user_id, NEW.reviewed_at / 900000, 1,
            CASE WHEN NEW.before_phase = 'REVIEW' THEN 1 ELSE 0 END,
            CASE WHEN NEW.before_phase = 'REVIEW' AND NEW.rating > 1 THEN 1 ELSE 0 END)
    ON CONFLICT (user_id, slot) DO UPDATE SET reviews = review_slots.reviews + 1,
        review_phase = review_slots.review_phase + excluded.review_phase,
        recalled = review_slots.recalled + excluded.recalled;
    RETURN NULL;
END $$;

CREATE TRIGGER review_slots_add AFTER INSERT ON reviews
    FOR EACH ROW EXECUTE FUNCTION review_slots_add();

CREATE FUNCTION review_slots_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE review_slots SET reviews = reviews - 1,
        review_phase = review_phase - CASE WHEN OLD.before_phase = 'REVIEW' THEN 1 ELSE 0 END,
        recalled = recalled - CASE WHEN OLD.before_phase = 'REVIEW' AND OLD.rating > 1 THEN 1 ELSE 0 END
    WHERE user_id = OLD.user_id AND slot = OLD.reviewed_at / 900000;
    DELETE FROM review_slots WHERE user_id = OLD.user_id AND slot = OLD.reviewed_at / 900000 AND reviews <= 0;
    RETURN NULL;
END $$;

CREATE TRIGGER review_slots_remove AFTER DELETE ON reviews
    FOR EACH ROW EXECUTE FUNCTION review_slots_remove();

DROP INDEX cards_started_due;
CREATE INDEX cards_started_due ON cards (user_id, due, stability, question_id) WHERE phase <> 'NEW';
