-- Every account has a card for every active flashcard (cloze) question. The rows used to be made on page views
-- (GET /review took the write lock to add the missing ones); now they are made when the fact arrives: an account
-- is created, a cloze question is added, or one becomes active (accepted, restored, or edited into a cloze).
-- A NEW card has no review yet; its times are when it was made.
CREATE TRIGGER cards_for_new_account AFTER INSERT ON users
BEGIN
    INSERT INTO cards (user_id, question_id, phase, step, stability, difficulty, due, last_review, scheduled_days,
                       reps, lapses, created_at)
    SELECT NEW.id, q.id, 'NEW', 0, 0, 0, NEW.created_at, NULL, 0, 0, 0, NEW.created_at
    FROM questions q WHERE q.type = 'cloze' AND q.status = 'active';
END;

CREATE TRIGGER cards_for_new_question AFTER INSERT ON questions
WHEN NEW.type = 'cloze' AND NEW.status = 'active'
BEGIN
    INSERT INTO cards (user_id, question_id, phase, step, stability, difficulty, due, last_review, scheduled_days,
                       reps, lapses, created_at)
    SELECT u.id, NEW.id, 'NEW', 0, 0, 0, NEW.updated_at, NULL, 0, 0, 0, NEW.updated_at FROM users u;
END;

CREATE TRIGGER cards_for_activated_question AFTER UPDATE OF status, type ON questions
WHEN NEW.type = 'cloze' AND NEW.status = 'active'
BEGIN
    INSERT INTO cards (user_id, question_id, phase, step, stability, difficulty, due, last_review, scheduled_days,
                       reps, lapses, created_at)
    SELECT u.id, NEW.id, 'NEW', 0, 0, 0, NEW.updated_at, NULL, 0, 0, 0, NEW.updated_at FROM users u
    WHERE NOT EXISTS (SELECT 1 FROM cards c WHERE c.user_id = u.id AND c.question_id = NEW.id);
END;

-- the cards page views would have made so far
INSERT INTO cards (user_id, question_id, phase, step, stability, difficulty, due, last_review, scheduled_days,
                   reps, lapses, created_at)
SELECT u.id, q.id, 'NEW', 0, 0, 0, CAST(strftime('%s', 'now') AS INTEGER) * 1000, NULL, 0, 0, 0,
       CAST(strftime('%s', 'now') AS INTEGER) * 1000
FROM users u JOIN questions q ON q.type = 'cloze' AND q.status = 'active'
WHERE NOT EXISTS (SELECT 1 FROM cards c WHERE c.user_id = u.id AND c.question_id = q.id);
