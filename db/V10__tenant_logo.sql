-- Tenants and people, part 3: a tenant admin's logo for the top bar. The image (checked by
-- content, at most 512 KB) lives in its own table so listing tenants never reads it; the tenant
-- row knows when it last changed, which versions the logo's URL for caching.

CREATE TABLE tenant_logo (
    tenant_id   CHAR(36)    NOT NULL,
    media_type  VARCHAR(20) NOT NULL,
    data        MEDIUMBLOB  NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (tenant_id),
    CONSTRAINT fk_tenant_logo_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE tenant ADD COLUMN logo_updated_at DATETIME(6) NULL;
