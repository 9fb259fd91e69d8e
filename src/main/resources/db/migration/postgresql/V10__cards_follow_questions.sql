-- The PostgreSQL spelling of sqlite/V10__cards_follow_questions.sql: every account has a card for every active
-- cloze question, made when the fact arrives (an account is created, a cloze question is added or becomes
-- active), never on a page view. PostgreSQL's triggers call functions, so each SQLite trigger body is a plpgsql
-- function here. ON CONFLICT DO NOTHING instead of NOT EXISTS: two instances activating the same question at once
-- must not both insert the card.
CREATE FUNCTION cards_for_new_account() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO cards (user_id, question_id, phase, step, stability, difficulty, due, last_review, scheduled_days,
                       reps, lapses, created_at)
    SELECT NEW.id, q.id, 'NEW', 0, 0, 0, NEW.created_at, NULL, 0, 0, 0, NEW.created_at
    FROM questions q WHERE q.type = 'cloze' AND q.status = 'active'
    ON CONFLICT (user_id, question_id) DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER cards_for_new_account AFTER INSERT ON users
    FOR EACH ROW EXECUTE FUNCTION cards_for_new_account();

CREATE FUNCTION cards_for_active_question() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO cards (user_id, question_id, phase, step, stability, difficulty, due, last_review, scheduled_days,
                       reps, lapses, created_at)
    SELECT u.id, NEW.id, 'NEW', 0, 0, 0, NEW.updated_at, NULL, 0, 0, 0, NEW.updated_at FROM users u
    ON CONFLICT (user_id, question_id) DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER cards_for_new_question AFTER INSERT ON questions
    FOR EACH ROW WHEN (NEW.type = 'cloze' AND NEW.status = 'active')
    EXECUTE FUNCTION cards_for_active_question();

CREATE TRIGGER cards_for_activated_question AFTER UPDATE OF status, type ON questions
    FOR EACH ROW WHEN (NEW.type = 'cloze' AND NEW.status = 'active')
    EXECUTE FUNCTION cards_for_active_question();

-- the cards page views would have made so far
INSERT INTO cards (user_id, question_id, phase, step, stability, difficulty, due, last_review, scheduled_days,
                   reps, lapses, created_at)
SELECT u.id, q.id, 'NEW', 0, 0, 0, floor(extract(epoch FROM now()))::bigint * 1000, NULL, 0, 0, 0,
       floor(extract(epoch FROM now()))::bigint * 1000
FROM users u JOIN questions q ON q.type = 'cloze' AND q.status = 'active'
ON CONFLICT (user_id, question_id) DO NOTHING;
