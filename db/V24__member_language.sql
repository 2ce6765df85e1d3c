-- The language a person reads Coachroom in, per bootcamp; null means the bootcamp's.
ALTER TABLE member ADD COLUMN language VARCHAR(35) NULL;
