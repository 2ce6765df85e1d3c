-- Authoring, part 5: a tenant imports the starter pack at most once; the unique key makes a
-- second, concurrent import fail instead of doubling the content.

CREATE TABLE starter_pack_import (
    id            CHAR(36)      NOT NULL,
    tenant_id     CHAR(36)      NOT NULL,
    pack_version  INT           NOT NULL,
    imported_by   VARCHAR(255)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_starter_pack_import_tenant UNIQUE (tenant_id),
    CONSTRAINT fk_starter_pack_import_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
