-- Diagrams students upload as (part of) their answer to a system-design question: one image per
-- question of an attempt, next to the typed answer. Checked by content (PNG, JPEG, GIF or WebP,
-- at most 2 MB) before it is stored; kept in the database, which every app-server node shares, and
-- served only under a generated name. A new upload replaces the old one in place.

CREATE TABLE answer_diagram (
    id           CHAR(36)      NOT NULL,
    tenant_id    CHAR(36)      NOT NULL,
    attempt_id   CHAR(36)      NOT NULL,
    position     INT           NOT NULL,
    media_type   VARCHAR(20)   NOT NULL,
    file_name    VARCHAR(120)  NOT NULL,
    size_bytes   INT           NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    content      LONGBLOB      NOT NULL,
    uploaded_at  DATETIME(6)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_answer_diagram UNIQUE (tenant_id, attempt_id, position),
    CONSTRAINT fk_answer_diagram_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_answer_diagram_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id),
    CONSTRAINT ck_answer_diagram_type CHECK (media_type IN ('image/png', 'image/jpeg',
        'image/gif', 'image/webp')),
    CONSTRAINT ck_answer_diagram_size CHECK (size_bytes BETWEEN 1 AND 2097152)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
