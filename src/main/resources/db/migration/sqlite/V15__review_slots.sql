-- Reviews counted per learner and quarter hour, kept by triggers as reviews are written and undone, so the
-- progress page reads a few thousand counts instead of a heavy learner's every review (40,000 took 20 ms to
-- group even from the covering index). A quarter hour lies inside one learner day in every time zone (offsets
-- are whole quarter hours and the day starts on the hour), so the page still places each review on the
-- learner's own day. V14 is the numerical and matching question types.
CREATE TABLE review_slots (
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    slot         INTEGER NOT NULL, -- reviewed_at / 900000
    reviews      INTEGER NOT NULL,
    review_phase INTEGER NOT NULL, -- of them, reviews of cards in the Review phase (what true retention counts)
    recalled     INTEGER NOT NULL, -- of those, not rated Again
    PRIMARY KEY (user_id, slot)
) WITHOUT ROWID;

INSERT INTO review_slots (user_id, slot, reviews, review_phase, recalled)
SELECT user_id, reviewed_at / 900000, count(*),
       sum(CASE WHEN before_phase = 'REVIEW' THEN 1 ELSE 0 END),
       sum(CASE WHEN before_phase = 'REVIEW' AND rating > 1 THEN 1 ELSE 0 END)
FROM reviews GROUP BY user_id, reviewed_at / 900000;

CREATE TRIGGER review_slots_add AFTER INSERT ON reviews
BEGIN
    INSERT INTO review_slots (user_id, slot, reviews, review_phase, recalled)
    VALUES (NEW.user_id, NEW.reviewed_at / 900000, 1,
            CASE WHEN NEW.before_phase = 'REVIEW' THEN 1 ELSE 0 END,
            CASE WHEN NEW.before_phase = 'REVIEW' AND NEW.rating > 1 THEN 1 ELSE 0 END)
    ON CONFLICT (user_id, slot) DO UPDATE SET reviews = reviews + 1,
        review_phase = review_phase + excluded.review_phase, recalled = recalled + excluded.recalled;
END;

-- an undone review leaves the counts
CREATE TRIGGER review_slots_remove AFTER DELETE ON reviews
BEGIN
    UPDATE review_slots SET reviews = reviews - 1,
        review_phase = review_phase - CASE WHEN OLD.before_phase = 'REVIEW' THEN 1 ELSE 0 END,
        recalled = recalled - CASE WHEN OLD.before_phase = 'REVIEW' AND OLD.rating > 1 THEN 1 ELSE 0 END
    WHERE user_id = OLD.user_id AND slot = OLD.reviewed_at / 900000;
    DELETE FROM review_slots WHERE user_id = OLD.user_id AND slot = OLD.reviewed_at / 900000 AND reviews <= 0;
END;

-- the progress page's forecast and stability histogram read started cards from the index alone
DROP INDEX cards_started_due;
CREATE INDEX cards_started_due ON cards (user_id, due, stability, question_id) WHERE phase <> 'NEW';
