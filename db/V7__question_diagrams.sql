-- Authoring, part 6: a system-design question may show a diagram. Diagrams are stored in the
-- database (shared by every app-server node), never changed once written, and referred to by ID:
-- a question points at its current diagram, a published template's frozen question at the one it
-- was published with.

CREATE TABLE question_diagram (
    id          CHAR(36)      NOT NULL,
    tenant_id   CHAR(36)      NOT NULL,
    media_type  VARCHAR(20)   NOT NULL,
    file_name   VARCHAR(120)  NOT NULL,
    size_bytes  INT           NOT NULL,
    sha256      CHAR(64)      NOT NULL,
    content     LONGBLOB      NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_question_diagram_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_question_diagram_type CHECK (media_type IN ('image/png', 'image/jpeg',
        'image/gif', 'image/webp')),
    CONSTRAINT ck_question_diagram_size CHECK (size_bytes BETWEEN 1 AND 2097152)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE question
    ADD COLUMN diagram_id CHAR(36) NULL,
    ADD CONSTRAINT fk_question_diagram FOREIGN KEY (diagram_id) REFERENCES question_diagram (id);
