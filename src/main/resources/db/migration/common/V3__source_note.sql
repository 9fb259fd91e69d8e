-- Where a question's date is worked out from the article's own date ("said Friday"), the source says so.
ALTER TABLE questions ADD COLUMN source_note TEXT;
