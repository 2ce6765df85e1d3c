-- When a server took a release notice on: one still being sent long after (the server stopped
-- between taking it and noting the outcome) is taken on again by a later sweep.
ALTER TABLE release_notice ADD COLUMN claimed_at DATETIME(6) NULL;
