-- Anonymous grading: coaches grade an interview assignment's attempts without seeing whose they are
-- until the results are released. It is fixed once the first attempt is handed in.
ALTER TABLE assignment ADD COLUMN anonymous_grading BOOLEAN NOT NULL DEFAULT FALSE;
