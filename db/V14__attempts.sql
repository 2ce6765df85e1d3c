-- Attempts at assigned mock interviews. An attempt is one student's sitting of the frozen template
-- version an assignment gave, numbered per student and assignment; the server keeps its clock:
-- when it started, when it must end (the overall limit with the student's extra time, cut at the
-- late cut-off when late work is refused), which question is current and since when. An answer is
-- the student's latest saved text, code, STAR fields or choices for one question, with a revision
-- that grows by one per save, so a stale tab cannot overwrite a newer answer.

CREATE TABLE attempt (
    id                   CHAR(36)     NOT NULL,
    tenant_id            CHAR(36)     NOT NULL,
    assignment_id        CHAR(36)     NOT NULL,
    subject              VARCHAR(64)  NOT NULL,
    number               INT          NOT NULL,
    template_version_id  CHAR(36)     NOT NULL,
    time_multiplier      DECIMAL(3, 2) NOT NULL,
    started_at           DATETIME(6)  NOT NULL,
    ends_at              DATETIME(6)  NOT NULL,
    late_after           DATETIME(6)  NOT NULL,
    position             INT          NOT NULL,
    position_started_at  DATETIME(6)  NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    submitted_at         DATETIME(6)  NULL,
    late                 BOOLEAN      NOT NULL DEFAULT FALSE,
    auto_points          INT          NULL,
    auto_max             INT          NULL,
    created_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_attempt_number UNIQUE (tenant_id, assignment_id, subject, number),
    CONSTRAINT fk_attempt_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_attempt_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
    CONSTRAINT fk_attempt_version FOREIGN KEY (template_version_id) REFERENCES template_version (id),
    CONSTRAINT ck_attempt_number CHECK (number >= 1),
    CONSTRAINT ck_attempt_status CHECK (status IN ('IN_PROGRESS', 'SUBMITTED')),
    CONSTRAINT ck_attempt_times CHECK (ends_at > started_at),
    CONSTRAINT ck_attempt_submitted CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_attempt_subject ON attempt (tenant_id, subject, started_at);
CREATE INDEX ix_attempt_status ON attempt (tenant_id, status, ends_at);

CREATE TABLE answer (
    id          CHAR(36)    NOT NULL,
    tenant_id   CHAR(36)    NOT NULL,
    attempt_id  CHAR(36)    NOT NULL,
    position    INT         NOT NULL,
    body        MEDIUMTEXT  NOT NULL,
    revision    INT         NOT NULL,
    saved_at    DATETIME(6) NOT NULL,
    points      INT         NULL,
    max_points  INT         NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_answer UNIQUE (tenant_id, attempt_id, position),
    CONSTRAINT fk_answer_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_answer_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id),
    CONSTRAINT ck_answer_revision CHECK (revision >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
