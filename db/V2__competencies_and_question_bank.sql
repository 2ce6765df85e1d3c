-- Authoring, part 1: competencies and the question bank. Same rules as V1: tenant_id in every
-- table and every unique key; MySQL 8 / MariaDB 10.11+ common subset.

CREATE TABLE competency (
    id           CHAR(36)      NOT NULL,
    tenant_id    CHAR(36)      NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    description  VARCHAR(1000) NULL,
    kind         VARCHAR(20)   NOT NULL,
    archived_at  DATETIME(6)   NULL,
    created_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_competency_name UNIQUE (tenant_id, name),
    CONSTRAINT fk_competency_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_competency_kind CHECK (kind IN ('SOFT_SKILL', 'TECHNICAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question (
    id                  CHAR(36)     NOT NULL,
    tenant_id           CHAR(36)     NOT NULL,
    kind                VARCHAR(20)  NOT NULL,
    title               VARCHAR(200) NOT NULL,
    prompt              TEXT         NOT NULL,
    stage               VARCHAR(30)  NOT NULL,
    difficulty          VARCHAR(10)  NOT NULL,
    coding_language     VARCHAR(20)  NULL,
    starter_code        TEXT         NULL,
    reference_solution  TEXT         NULL,
    several_correct     BOOLEAN      NOT NULL DEFAULT FALSE,
    answer_media        VARCHAR(10)  NULL,
    archived_at         DATETIME(6)  NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_question_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_question_kind CHECK (kind IN ('BEHAVIOURAL', 'TECHNICAL_TEXT', 'CODING',
        'SYSTEM_DESIGN', 'MULTIPLE_CHOICE', 'SPOKEN')),
    CONSTRAINT ck_question_difficulty CHECK (difficulty IN ('EASY', 'MEDIUM', 'HARD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_question_list ON question (tenant_id, archived_at, title);

CREATE TABLE question_choice (
    id           CHAR(36)     NOT NULL,
    tenant_id    CHAR(36)     NOT NULL,
    question_id  CHAR(36)     NOT NULL,
    position     INT          NOT NULL,
    text         VARCHAR(500) NOT NULL,
    correct      BOOLEAN      NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_question_choice UNIQUE (tenant_id, question_id, position),
    CONSTRAINT fk_question_choice_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_question_choice_question FOREIGN KEY (question_id) REFERENCES question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_competency (
    id             CHAR(36)    NOT NULL,
    tenant_id      CHAR(36)    NOT NULL,
    question_id    CHAR(36)    NOT NULL,
    competency_id  CHAR(36)    NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_question_competency UNIQUE (tenant_id, question_id, competency_id),
    CONSTRAINT fk_question_competency_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_question_competency_question FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT fk_question_competency_competency FOREIGN KEY (competency_id) REFERENCES competency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_question_competency_filter ON question_competency (tenant_id, competency_id);
