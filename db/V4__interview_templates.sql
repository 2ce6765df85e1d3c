-- Authoring, part 3: versioned mock-interview templates. A template has numbered versions; a
-- published version is frozen, and its items keep JSON copies of the question and of the rubric
-- that grades it, so later edits to the bank never change what was published.

CREATE TABLE interview_template (
    id           CHAR(36)      NOT NULL,
    tenant_id    CHAR(36)      NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    stage        VARCHAR(30)   NOT NULL,
    archived_at  DATETIME(6)   NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_interview_template_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_interview_template_list ON interview_template (tenant_id, archived_at, title);

CREATE TABLE template_version (
    id                 CHAR(36)      NOT NULL,
    tenant_id          CHAR(36)      NOT NULL,
    template_id        CHAR(36)      NOT NULL,
    number             INT           NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    instructions       TEXT          NULL,
    stage              VARCHAR(30)   NOT NULL,
    overall_seconds    INT           NOT NULL,
    default_rubric_id  CHAR(36)      NULL,
    published_at       DATETIME(6)   NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_template_version_number UNIQUE (template_id, number),
    CONSTRAINT fk_template_version_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_template_version_template FOREIGN KEY (template_id) REFERENCES interview_template (id),
    CONSTRAINT fk_template_version_rubric FOREIGN KEY (default_rubric_id) REFERENCES rubric (id),
    CONSTRAINT ck_template_version_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
    CONSTRAINT ck_template_version_overall CHECK (overall_seconds BETWEEN 60 AND 28800)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE template_item (
    id                 CHAR(36)      NOT NULL,
    tenant_id          CHAR(36)      NOT NULL,
    version_id         CHAR(36)      NOT NULL,
    position           INT           NOT NULL,
    question_id        CHAR(36)      NOT NULL,
    prep_seconds       INT           NOT NULL,
    answer_seconds     INT           NOT NULL,
    rubric_id          CHAR(36)      NULL,
    question_snapshot  MEDIUMTEXT    NULL,
    rubric_snapshot    MEDIUMTEXT    NULL,
    created_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_template_item_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_template_item_version FOREIGN KEY (version_id) REFERENCES template_version (id),
    CONSTRAINT fk_template_item_question FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT fk_template_item_rubric FOREIGN KEY (rubric_id) REFERENCES rubric (id),
    CONSTRAINT ck_template_item_prep CHECK (prep_seconds BETWEEN 0 AND 600),
    CONSTRAINT ck_template_item_answer CHECK (answer_seconds BETWEEN 60 AND 10800)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_template_item_version ON template_item (tenant_id, version_id, position);
