-- The PostgreSQL spelling of sqlite/V16__review_slots_started.sql: new cards started counted per quarter hour too,
-- so pages count today's reviews and new cards from the day's slots, not from each of the day's reviews.
ALTER TABLE review_slots ADD COLUMN started INTEGER NOT NULL DEFAULT 0;

UPDATE review_slots SET started = (
    SELECT count(*) FROM reviews r
    WHERE r.user_id = review_slots.user_id AND r.reviewed_at >= review_slots.slot * 900000
      AND r.reviewed_at < (review_slots.slot + 1) * 900000 AND r.before_phase = 'NEW');

CREATE OR REPLACE FUNCTION review_slots_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO review_slots (user_id, slot, reviews, review_phase, recalled, started)
    VALUES (NEW.user_id, NEW.reviewed_at / 900000, 1,
            CASE WHEN NEW.before_phase = 'REVIEW' THEN 1 ELSE 0 END,
            CASE WHEN NEW.before_phase = 'REVIEW' AND NEW.rating > 1 THEN 1 ELSE 0 END,
            CASE WHEN NEW.before_phase = 'NEW' THEN 1 ELSE 0 END)
    ON CONFLICT (user_id, slot) DO UPDATE SET reviews = review_slots.reviews + 1,
        review_phase = review_slots.review_phase + excluded.review_phase,
        recalled = review_slots.recalled + excluded.recalled,
        started = review_slots.started + excluded.started;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION review_slots_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE review_slots SET reviews = reviews - 1,
        review_phase = review_phase - CASE WHEN OLD.before_phase = 'REVIEW' THEN 1 ELSE 0 END,
        recalled = recalled - CASE WHEN OLD.before_phase = 'REVIEW' AND OLD.rating > 1 THEN 1 ELSE 0 END,
        started = started - CASE WHEN OLD.before_phase = 'NEW' THEN 1 ELSE 0 END
    WHERE user_id = OLD.user_id AND slot = OLD.reviewed_at / 900000;
    DELETE FROM review_slots WHERE user_id = OLD.user_id AND slot = OLD.reviewed_at / 900000 AND reviews <= 0;
    RETURN NULL;
END $$;
