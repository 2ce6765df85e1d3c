-- Cohort rosters and assignments. A roster row says whether the person coaches or studies in the
-- cohort and carries a student's extra-time accommodation (a multiplier on time limits). An
-- assignment gives a frozen (published) template version, or a published course to study, to a
-- cohort with its times (UTC) and rules; an extension moves one student's due time later.

ALTER TABLE cohort_member
    ADD COLUMN role VARCHAR(20) NOT NULL DEFAULT 'STUDENT',
    ADD COLUMN time_multiplier DECIMAL(3, 2) NOT NULL DEFAULT 1.00,
    ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

ALTER TABLE cohort_member
    ADD CONSTRAINT ck_cohort_member_role CHECK (role IN ('COACH', 'STUDENT'));

ALTER TABLE cohort_member
    ADD CONSTRAINT ck_cohort_member_multiplier CHECK (time_multiplier >= 1.00 AND time_multiplier <= 3.00);

CREATE INDEX ix_cohort_member_role ON cohort_member (tenant_id, cohort_id, role);

CREATE TABLE assignment (
    id                       CHAR(36)     NOT NULL,
    tenant_id                CHAR(36)     NOT NULL,
    cohort_id                CHAR(36)     NOT NULL,
    kind                     VARCHAR(20)  NOT NULL,
    template_id              CHAR(36)     NULL,
    template_version_id      CHAR(36)     NULL,
    template_version_number  INT          NULL,
    course_id                CHAR(36)     NULL,
    title                    VARCHAR(200) NOT NULL,
    opens_at                 DATETIME(6)  NOT NULL,
    due_at                   DATETIME(6)  NOT NULL,
    attempts_allowed         INT          NOT NULL,
    late_policy              VARCHAR(20)  NOT NULL,
    grace_minutes            INT          NOT NULL,
    result_release           VARCHAR(20)  NOT NULL,
    created_by               VARCHAR(64)  NOT NULL,
    created_at               DATETIME(6)  NOT NULL,
    updated_at               DATETIME(6)  NOT NULL,
    version                  BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_assignment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_assignment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_assignment_template_version FOREIGN KEY (template_version_id) REFERENCES template_version (id),
    CONSTRAINT fk_assignment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_assignment_kind CHECK (kind IN ('INTERVIEW', 'COURSE')),
    CONSTRAINT ck_assignment_target CHECK (
        (kind = 'INTERVIEW' AND template_version_id IS NOT NULL AND course_id IS NULL)
        OR (kind = 'COURSE' AND course_id IS NOT NULL AND template_version_id IS NULL)),
    CONSTRAINT ck_assignment_times CHECK (due_at > opens_at),
    CONSTRAINT ck_assignment_attempts CHECK (attempts_allowed >= 1),
    CONSTRAINT ck_assignment_grace CHECK (grace_minutes >= 0),
    CONSTRAINT ck_assignment_late CHECK (late_policy IN ('ACCEPT_LATE', 'REFUSE')),
    CONSTRAINT ck_assignment_release CHECK (result_release IN ('AUTOMATIC', 'BY_COACH'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_assignment_cohort ON assignment (tenant_id, cohort_id, due_at);
CREATE INDEX ix_assignment_due ON assignment (tenant_id, due_at);

CREATE TABLE assignment_extension (
    id             CHAR(36)    NOT NULL,
    tenant_id      CHAR(36)    NOT NULL,
    assignment_id  CHAR(36)    NOT NULL,
    subject        VARCHAR(64) NOT NULL,
    due_at         DATETIME(6) NOT NULL,
    granted_by     VARCHAR(64) NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_assignment_extension UNIQUE (tenant_id, assignment_id, subject),
    CONSTRAINT fk_assignment_extension_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_assignment_extension_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_assignment_extension_subject ON assignment_extension (tenant_id, subject);
