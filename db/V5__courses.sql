-- Authoring, part 4: courses and soft-skill curricula. A course has ordered modules, a module
-- ordered lessons with Markdown content (rendered and sanitised when shown, stored as typed).
-- Positions have no unique keys: reordering updates them in place.

CREATE TABLE course (
    id            CHAR(36)      NOT NULL,
    tenant_id     CHAR(36)      NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    description   VARCHAR(2000) NULL,
    kind          VARCHAR(30)   NOT NULL,
    stage         VARCHAR(30)   NULL,
    status        VARCHAR(20)   NOT NULL,
    published_at  DATETIME(6)   NULL,
    archived_at   DATETIME(6)   NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_course_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_course_kind CHECK (kind IN ('INTERVIEW_PREP', 'SOFT_SKILL_CURRICULUM')),
    CONSTRAINT ck_course_status CHECK (status IN ('DRAFT', 'PUBLISHED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_list ON course (tenant_id, archived_at, title);
CREATE INDEX ix_course_published ON course (tenant_id, status, archived_at, title);

CREATE TABLE course_module (
    id          CHAR(36)      NOT NULL,
    tenant_id   CHAR(36)      NOT NULL,
    course_id   CHAR(36)      NOT NULL,
    position    INT           NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_course_module_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_course_module_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_module_course ON course_module (tenant_id, course_id, position);

CREATE TABLE course_lesson (
    id          CHAR(36)      NOT NULL,
    tenant_id   CHAR(36)      NOT NULL,
    module_id   CHAR(36)      NOT NULL,
    position    INT           NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    body        MEDIUMTEXT    NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_course_lesson_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_course_lesson_module FOREIGN KEY (module_id) REFERENCES course_module (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_lesson_module ON course_lesson (tenant_id, module_id, position);
