-- Two more kinds of question: numerical (a number within a tolerance, as Moodle's) and matching (pairs of items,
-- not a timeline). They use the columns a question has (see NumericAnswer and Matching); only the CHECK on type
-- changes, which PostgreSQL alters in place (SQLite's V14 builds the table again).
ALTER TABLE questions DROP CONSTRAINT questions_type_check;
ALTER TABLE questions ADD CONSTRAINT questions_type_check CHECK (type IN ('when', 'typed', 'cloze', 'what_happened',
                                                                        'timeline', 'numerical', 'matching'));
