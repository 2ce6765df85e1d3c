-- Reminders: a bootcamp sets how many hours before a due time students are reminded (0: never),
-- each person can turn reminders off, and every reminder sent (or being sent) is a row. The
-- unique key lets only one server claim a reminder, so each person gets each reminder once.

ALTER TABLE tenant ADD COLUMN reminder_hours INT NOT NULL DEFAULT 24;
ALTER TABLE tenant
    ADD CONSTRAINT ck_tenant_reminder_hours CHECK (reminder_hours >= 0 AND reminder_hours <= 336);

ALTER TABLE member ADD COLUMN reminders_off BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE reminder (
    id             CHAR(36)    NOT NULL,
    tenant_id      CHAR(36)    NOT NULL,
    assignment_id  CHAR(36)    NOT NULL,
    subject        VARCHAR(64) NOT NULL,
    kind           VARCHAR(20) NOT NULL,
    status         VARCHAR(20) NOT NULL,
    tries          INT         NOT NULL,
    sent_at        DATETIME(6) NULL,
    created_at     DATETIME(6) NOT NULL,
    version        BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_reminder UNIQUE (tenant_id, assignment_id, subject, kind),
    CONSTRAINT fk_reminder_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_reminder_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
    CONSTRAINT ck_reminder_kind CHECK (kind IN ('OPENED', 'DUE_SOON')),
    CONSTRAINT ck_reminder_status CHECK (status IN ('CLAIMED', 'SENT', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_reminder_status ON reminder (tenant_id, status);
