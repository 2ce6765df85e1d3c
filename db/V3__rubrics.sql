-- Authoring, part 2: rubrics (criteria x levels). Criteria and levels are rewritten as a whole on
-- every save, in order; grading works on a frozen copy taken when a template is published.

CREATE TABLE rubric (
    id           CHAR(36)      NOT NULL,
    tenant_id    CHAR(36)      NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000) NULL,
    archived_at  DATETIME(6)   NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_rubric_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_rubric_list ON rubric (tenant_id, archived_at, title);

CREATE TABLE rubric_criterion (
    id             CHAR(36)      NOT NULL,
    tenant_id      CHAR(36)      NOT NULL,
    rubric_id      CHAR(36)      NOT NULL,
    position       INT           NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    description    VARCHAR(1000) NULL,
    competency_id  CHAR(36)      NULL,
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_rubric_criterion_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_rubric_criterion_rubric FOREIGN KEY (rubric_id) REFERENCES rubric (id),
    CONSTRAINT fk_rubric_criterion_competency FOREIGN KEY (competency_id) REFERENCES competency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_rubric_criterion_rubric ON rubric_criterion (tenant_id, rubric_id, position);

CREATE TABLE rubric_level (
    id            CHAR(36)      NOT NULL,
    tenant_id     CHAR(36)      NOT NULL,
    criterion_id  CHAR(36)      NOT NULL,
    position      INT           NOT NULL,
    points        INT           NOT NULL,
    descriptor    VARCHAR(1000) NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_rubric_level_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_rubric_level_criterion FOREIGN KEY (criterion_id) REFERENCES rubric_criterion (id),
    CONSTRAINT ck_rubric_level_points CHECK (points BETWEEN 0 AND 1000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_rubric_level_criterion ON rubric_level (tenant_id, criterion_id, position);
