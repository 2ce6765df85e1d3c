-- Results taken back from the student stay back: an assignment that releases results
-- automatically does not release them again by itself until a coach releases them by hand.
ALTER TABLE review ADD COLUMN taken_back BOOLEAN NOT NULL DEFAULT FALSE;
