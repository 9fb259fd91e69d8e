-- Expired sessions are swept as new ones start; the index keeps that sweep a range scan.
CREATE INDEX sessions_expiry ON sessions (expires_at);
