-- New cards started (reviews of a card in the New phase) are counted per quarter hour too, so that a page counts
-- today's reviews and today's new cards (against the daily limit) from the day's slots instead of from each of the
-- day's reviews: a learner with 3,000 reviews today spent 0.4 ms of every home and review page counting them.
ALTER TABLE review_slots ADD COLUMN started INTEGER NOT NULL DEFAULT 0;

UPDATE review_slots SET started = (
    SELECT count(*) FROM reviews r
    WHERE r.user_id = review_slots.user_id AND r.reviewed_at >= review_slots.slot * 900000
      AND r.reviewed_at < (review_slots.slot + 1) * 900000 AND r.before_phase = 'NEW');

DROP TRIGGER review_slots_add;
CREATE TRIGGER review_slots_add AFTER INSERT ON reviews
BEGIN
    INSERT INTO review_slots (user_id, slot, reviews, review_phase, recalled, started)
    VALUES (NEW.user_id, NEW.reviewed_at / 900000, 1,
            CASE WHEN NEW.before_phase = 'REVIEW' THEN 1 ELSE 0 END,
            CASE WHEN NEW.before_phase = 'REVIEW' AND NEW.rating > 1 THEN 1 ELSE 0 END,
            CASE WHEN NEW.before_phase = 'NEW' THEN 1 ELSE 0 END)
    ON CONFLICT (user_id, slot) DO UPDATE SET reviews = reviews + 1,
        review_phase = review_phase + excluded.review_phase, recalled = recalled + excluded.recalled,
        started = started + excluded.started;
END;

-- an undone review leaves the counts
DROP TRIGGER review_slots_remove;
CREATE TRIGGER review_slots_remove AFTER DELETE ON reviews
BEGIN
    UPDATE review_slots SET reviews = reviews - 1,
        review_phase = review_phase - CASE WHEN OLD.before_phase = 'REVIEW' THEN 1 ELSE 0 END,
        recalled = recalled - CASE WHEN OLD.before_phase = 'REVIEW' AND OLD.rating > 1 THEN 1 ELSE 0 END,
        started = started - CASE WHEN OLD.before_phase = 'NEW' THEN 1 ELSE 0 END
    WHERE user_id = OLD.user_id AND slot = OLD.reviewed_at / 900000;
    DELETE FROM review_slots WHERE user_id = OLD.user_id AND slot = OLD.reviewed_at / 900000 AND reviews <= 0;
END;
