-- Grade integrity inside a bootcamp.
--
-- The audit log learns which cohort an action touched, whom it was about and the value before it
-- (the existing detail column holds the value after), so a tenant admin can filter it by person,
-- cohort and kind, paged in SQL.
ALTER TABLE audit_event
    ADD COLUMN cohort_id     CHAR(36)      NULL,
    ADD COLUMN about_subject VARCHAR(64)   NULL,
    ADD COLUMN before_value  VARCHAR(1000) NULL;

CREATE INDEX ix_audit_event_cohort ON audit_event (tenant_id, cohort_id, seq);
CREATE INDEX ix_audit_event_actor ON audit_event (tenant_id, actor_subject, seq);
CREATE INDEX ix_audit_event_about ON audit_event (tenant_id, about_subject, seq);
CREATE INDEX ix_audit_event_action ON audit_event (tenant_id, action, seq);

-- An anonymous assignment stays anonymous to graders until someone allowed reveals the
-- identities, once and for good.
ALTER TABLE assignment
    ADD COLUMN identities_revealed_at DATETIME(6) NULL,
    ADD COLUMN identities_revealed_by VARCHAR(64) NULL;

-- Whether a cohort's coaches may reveal identities (tenant admins always may).
ALTER TABLE tenant
    ADD COLUMN coaches_may_reveal BOOLEAN NOT NULL DEFAULT FALSE;
