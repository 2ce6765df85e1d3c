-- Tenants and people, part 1: a tenant is created by the platform admin together with its
-- Keycloak organization (whose ID it keeps), has a timezone and locale, can be deactivated (its
-- members lose access, its data stays), and every administrative action is audited.

ALTER TABLE tenant
    ADD COLUMN organization_id CHAR(36)    NULL,
    ADD COLUMN timezone        VARCHAR(64) NOT NULL DEFAULT 'UTC',
    ADD COLUMN locale          VARCHAR(20) NOT NULL DEFAULT 'en',
    ADD COLUMN deactivated_at  DATETIME(6) NULL,
    ADD COLUMN version         BIGINT      NOT NULL DEFAULT 0;

-- seq orders the log exactly, even when several events share a timestamp.
CREATE TABLE audit_event (
    id             CHAR(36)      NOT NULL,
    seq            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id      CHAR(36)      NOT NULL,
    actor_subject  VARCHAR(64)   NOT NULL,
    actor_name     VARCHAR(200)  NOT NULL,
    action         VARCHAR(40)   NOT NULL,
    target         VARCHAR(300)  NULL,
    detail         VARCHAR(1000) NULL,
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_audit_event_seq UNIQUE (seq),
    CONSTRAINT fk_audit_event_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_event_list ON audit_event (tenant_id, seq);
