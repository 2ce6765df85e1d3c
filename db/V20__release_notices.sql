-- The e-mail that tells a student their results are out. A row is written in the same transaction
-- that releases the results (so a release that rolls back e-mails nobody), one per attempt; released
-- again after being taken back, it is due again. A sweep sends the due ones after the release has
-- committed, and skips those whose results were taken back before it got to them.

CREATE TABLE release_notice (
    id             CHAR(36)    NOT NULL,
    tenant_id      CHAR(36)    NOT NULL,
    attempt_id     CHAR(36)    NOT NULL,
    assignment_id  CHAR(36)    NOT NULL,
    subject        VARCHAR(64) NOT NULL,
    status         VARCHAR(20) NOT NULL,
    tries          INT         NOT NULL,
    sent_at        DATETIME(6) NULL,
    created_at     DATETIME(6) NOT NULL,
    version        BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_release_notice_attempt UNIQUE (tenant_id, attempt_id),
    CONSTRAINT fk_release_notice_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_release_notice_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id),
    CONSTRAINT fk_release_notice_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
    CONSTRAINT ck_release_notice_status CHECK (status IN ('DUE', 'SENDING', 'SENT', 'FAILED', 'SKIPPED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_release_notice_status ON release_notice (tenant_id, status);
