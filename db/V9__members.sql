-- Tenants and people, part 2: a member is one person in one tenant (their roles stay in
-- membership), with the e-mail and names the tenant admin searches by, when they were invited and
-- when they first signed in. Names and e-mail are refreshed from the ID token at each sign-in.

CREATE TABLE member (
    id                  CHAR(36)     NOT NULL,
    tenant_id           CHAR(36)     NOT NULL,
    subject             VARCHAR(64)  NOT NULL,
    email               VARCHAR(254) NULL,
    first_name          VARCHAR(100) NULL,
    last_name           VARCHAR(100) NULL,
    invited_by          VARCHAR(200) NULL,
    invitation_sent_at  DATETIME(6)  NULL,
    joined_at           DATETIME(6)  NULL,
    created_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_member UNIQUE (tenant_id, subject),
    CONSTRAINT fk_member_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_member_email ON member (tenant_id, email);
CREATE INDEX ix_member_name ON member (tenant_id, last_name, first_name);

-- People who already hold roles: names and e-mail arrive with their next sign-in.
INSERT INTO member (id, tenant_id, subject, created_at, version)
SELECT LOWER(UUID()), tenant_id, subject, MIN(created_at), 0
FROM membership
GROUP BY tenant_id, subject;
