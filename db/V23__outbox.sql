-- One outbox for every e-mail the app sends. Reminders (V12) and results notices (V20, V22) were
-- two copies of a claim-then-send table that had drifted; their rows move here, keyed as the app
-- keys new ones, so an upgrade sends nothing twice:
--   reminder:<assignment>:<student>:<OPENED|DUE_SOON>  (one per student, assignment and kind, ever)
--   results:<attempt>                                   (one per attempt; due again when released again)
-- A server claims a message under a lease (lease_until); one whose lease ran out (its server
-- stopped) is taken again. Tries are bounded (the app's OutboxMessage.MAX_TRIES); last_error keeps
-- the last failure, or why it was skipped. The feature that wrote a message composes its text when
-- it goes out, from its kind, recipient (subject) and topic (assignment or attempt); the subject
-- line it went out with (or failed with) is kept for the tenant admin's list.

CREATE TABLE outbox_message (
    id          CHAR(36)     NOT NULL,
    tenant_id   CHAR(36)     NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    dedup_key   VARCHAR(190) NOT NULL,
    recipient   VARCHAR(64)  NOT NULL,
    topic_id    CHAR(36)     NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    tries       INT          NOT NULL,
    not_before  DATETIME(6)  NOT NULL,
    lease_until DATETIME(6)  NULL,
    last_error  VARCHAR(500) NULL,
    subject     VARCHAR(200) NULL,
    sent_at     DATETIME(6)  NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_outbox_message_key UNIQUE (tenant_id, dedup_key),
    CONSTRAINT fk_outbox_message_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_outbox_message_status
        CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED')),
    CONSTRAINT ck_outbox_message_tries CHECK (tries >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_outbox_message_due ON outbox_message (tenant_id, status, not_before);
CREATE INDEX ix_outbox_message_updated ON outbox_message (tenant_id, updated_at);

-- Reminders: SENT stays sent; FAILED had three tries in all (the old limit), so one with tries
-- left waits again; CLAIMED was being sent by a server when the upgrade stopped it (or before):
-- its lease is over, so the new version takes it once more.
INSERT INTO outbox_message (id, tenant_id, kind, dedup_key, recipient, topic_id, status, tries,
                            not_before, lease_until, last_error, sent_at, created_at, updated_at,
                            version)
SELECT id, tenant_id, CONCAT('REMINDER_', kind),
       CONCAT('reminder:', assignment_id, ':', subject, ':', kind), subject, assignment_id,
       CASE
           WHEN status = 'SENT' THEN 'SENT'
           WHEN status = 'CLAIMED' THEN 'SENDING'
           WHEN tries < 3 THEN 'PENDING'
           ELSE 'FAILED'
       END,
       tries, created_at,
       CASE WHEN status = 'CLAIMED' THEN created_at END,
       CASE WHEN status = 'FAILED' THEN 'Not sent before the upgrade to the outbox' END,
       sent_at, created_at, COALESCE(sent_at, created_at), 0
FROM reminder;

-- Results notices: DUE waits, SENDING was claimed (lease over as for reminders), FAILED with
-- tries left waits again, SENT and SKIPPED stay.
INSERT INTO outbox_message (id, tenant_id, kind, dedup_key, recipient, topic_id, status, tries,
                            not_before, lease_until, last_error, sent_at, created_at, updated_at,
                            version)
SELECT id, tenant_id, 'RESULTS_RELEASED', CONCAT('results:', attempt_id), subject, attempt_id,
       CASE
           WHEN status = 'FAILED' AND tries < 3 THEN 'PENDING'
           WHEN status = 'DUE' THEN 'PENDING'
           ELSE status
       END,
       tries, created_at,
       CASE WHEN status = 'SENDING' THEN COALESCE(claimed_at, created_at) END,
       CASE
           WHEN status = 'FAILED' THEN 'Not sent before the upgrade to the outbox'
           WHEN status = 'SKIPPED' THEN 'The results were taken back before it went out'
       END,
       sent_at, created_at, COALESCE(sent_at, claimed_at, created_at), 0
FROM release_notice;

DROP TABLE reminder;
DROP TABLE release_notice;
