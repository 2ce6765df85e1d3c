-- A person may see times in their own timezone in a bootcamp; NULL means the bootcamp's.
ALTER TABLE member ADD COLUMN timezone VARCHAR(64) NULL;
