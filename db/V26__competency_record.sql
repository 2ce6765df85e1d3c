-- The competency record: a projection of released reviews (anonymous work only once its
-- identities are revealed), kept up to date on release, take-back, regrade and reveal.
--
-- competency_level: how one student did in one competency in one interview (attempt): the points
-- earned and possible over that interview's evidence for it (the level is earned / possible, the
-- weighted mean of the evidence's shares with the maximum points as weights).
CREATE TABLE competency_level (
    id               CHAR(36)     NOT NULL,
    tenant_id        CHAR(36)     NOT NULL,
    attempt_id       CHAR(36)     NOT NULL,
    student_subject  VARCHAR(64)  NOT NULL,
    competency_id    CHAR(36)     NOT NULL,
    cohort_id        CHAR(36)     NOT NULL,
    assignment_id    CHAR(36)     NOT NULL,
    template_id      CHAR(36)     NOT NULL,
    title            VARCHAR(200) NOT NULL,
    stage            VARCHAR(30)  NOT NULL,
    handed_in_at     DATETIME(6)  NOT NULL,
    earned           INT          NOT NULL,
    possible         INT          NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_competency_level UNIQUE (tenant_id, attempt_id, competency_id),
    CONSTRAINT fk_competency_level_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_competency_level_possible CHECK (possible > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_competency_level_student
    ON competency_level (tenant_id, student_subject, competency_id, handed_in_at);

-- competency_note: a coach's comment on an answer of a released interview, under each competency
-- the answer speaks to (its rubric's criteria's, or its question's tags).
CREATE TABLE competency_note (
    id               CHAR(36)     NOT NULL,
    tenant_id        CHAR(36)     NOT NULL,
    attempt_id       CHAR(36)     NOT NULL,
    student_subject  VARCHAR(64)  NOT NULL,
    competency_id    CHAR(36)     NOT NULL,
    position         INT          NOT NULL,
    comment          TEXT         NOT NULL,
    handed_in_at     DATETIME(6)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_competency_note UNIQUE (tenant_id, attempt_id, position, competency_id),
    CONSTRAINT fk_competency_note_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_competency_note_student
    ON competency_note (tenant_id, student_subject, competency_id, handed_in_at);

-- competency_standing: where a student stands in a competency now (from their last interviews),
-- so a cohort's heat map reads one row per student and competency.
CREATE TABLE competency_standing (
    id                CHAR(36)     NOT NULL,
    tenant_id         CHAR(36)     NOT NULL,
    student_subject   VARCHAR(64)  NOT NULL,
    competency_id     CHAR(36)     NOT NULL,
    current_level     DOUBLE       NOT NULL,
    interviews        INT          NOT NULL,
    falling           BOOLEAN      NOT NULL,
    last_handed_in_at DATETIME(6)  NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_competency_standing UNIQUE (tenant_id, student_subject, competency_id),
    CONSTRAINT fk_competency_standing_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The level students should reach in a competency: a bootcamp default (Bootcamp settings) and,
-- for some competencies, one of their own.
ALTER TABLE tenant
    ADD COLUMN default_target INT NOT NULL DEFAULT 70;

CREATE TABLE competency_target (
    id             CHAR(36)     NOT NULL,
    tenant_id      CHAR(36)     NOT NULL,
    competency_id  CHAR(36)     NOT NULL,
    target         INT          NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_competency_target UNIQUE (tenant_id, competency_id),
    CONSTRAINT fk_competency_target_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_competency_target_competency FOREIGN KEY (competency_id) REFERENCES competency (id),
    CONSTRAINT ck_competency_target_range CHECK (target BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
