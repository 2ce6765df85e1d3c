-- Whether every rubric criterion of an answer has a level, so the grading queue can list the
-- attempts whose answer to one question still needs grading. Answers scored automatically
-- (no rubric, levels stored as '') are never hand-graded.
ALTER TABLE review_answer ADD COLUMN hand_graded BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE review_answer SET hand_graded = TRUE
 WHERE levels <> '' AND levels NOT LIKE ',%' AND levels NOT LIKE '%,' AND levels NOT LIKE '%,,%';
