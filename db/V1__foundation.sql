-- Foundation schema: tenants (Keycloak organizations), memberships (roles per tenant), cohorts.
-- Kept to the MySQL 8 / MariaDB 10.11+ common subset. Every tenant-owned table carries
-- tenant_id, and tenant_id is part of every unique key.

CREATE TABLE tenant (
    id          CHAR(36)     NOT NULL,
    alias       VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_tenant_alias UNIQUE (alias)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE membership (
    id          CHAR(36)    NOT NULL,
    tenant_id   CHAR(36)    NOT NULL,
    subject     VARCHAR(64) NOT NULL,
    role        VARCHAR(20) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_membership UNIQUE (tenant_id, subject, role),
    CONSTRAINT fk_membership_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_membership_role CHECK (role IN ('TENANT_ADMIN', 'COACH', 'STUDENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_membership_subject ON membership (subject);

CREATE TABLE cohort (
    id           CHAR(36)     NOT NULL,
    tenant_id    CHAR(36)     NOT NULL,
    name         VARCHAR(100) NOT NULL,
    starts_on    DATE         NULL,
    ends_on      DATE         NULL,
    archived_at  DATETIME(6)  NULL,
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_cohort_name UNIQUE (tenant_id, name),
    CONSTRAINT fk_cohort_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_cohort_dates CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cohort_member (
    id          CHAR(36)    NOT NULL,
    tenant_id   CHAR(36)    NOT NULL,
    cohort_id   CHAR(36)    NOT NULL,
    subject     VARCHAR(64) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_cohort_member UNIQUE (tenant_id, cohort_id, subject),
    CONSTRAINT fk_cohort_member_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_cohort_member_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_cohort_member_subject ON cohort_member (tenant_id, subject);
