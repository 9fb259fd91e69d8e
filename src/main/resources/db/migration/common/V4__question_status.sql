-- A question is a draft (proposed by the generator for an imported article, not yet reviewed), active (asked of
-- learners) or retired (no longer asked; answers to it stay in history). One column says which, in place of
-- retired_at, so "is it asked?" has one answer.
ALTER TABLE questions ADD COLUMN status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'retired'));
UPDATE questions SET status = 'retired' WHERE retired_at IS NOT NULL;
ALTER TABLE questions DROP COLUMN retired_at;
CREATE INDEX questions_deck_status ON questions (deck_id, status);
