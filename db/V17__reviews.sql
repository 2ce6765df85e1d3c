-- Reviews of handed-in attempts. A review holds a coach's grade per answer (the points of the level
-- picked per rubric criterion, a comment, an override of an automatic score with its reason), an
-- overall comment and the total; the coach who holds it, so two coaches do not grade the same
-- attempt by accident; and whether its results are released to the student. The version makes a
-- save based on an older read fail instead of overwriting. Every score change (a level, an
-- override, the total, a release or its taking back) is kept in score_change and never changed,
-- numbered per review in the order it happened (seq; times alone may tie within a second).

CREATE TABLE review (
    id               CHAR(36)     NOT NULL,
    tenant_id        CHAR(36)     NOT NULL,
    attempt_id       CHAR(36)     NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    claimed_by       VARCHAR(64)  NULL,
    overall_comment  TEXT         NULL,
    points           INT          NOT NULL,
    max_points       INT          NOT NULL,
    graded_by        VARCHAR(64)  NULL,
    released_at      DATETIME(6)  NULL,
    change_count     INT          NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_review_attempt UNIQUE (tenant_id, attempt_id),
    CONSTRAINT fk_review_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_review_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id),
    CONSTRAINT ck_review_status CHECK (status IN ('IN_PROGRESS', 'GRADED', 'RELEASED')),
    CONSTRAINT ck_review_released CHECK ((status = 'RELEASED') = (released_at IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_review_status ON review (tenant_id, status, updated_at);

-- the grading queue: handed-in attempts, oldest first
CREATE INDEX ix_attempt_submitted ON attempt (tenant_id, status, submitted_at);

CREATE TABLE review_answer (
    id               CHAR(36)     NOT NULL,
    tenant_id        CHAR(36)     NOT NULL,
    review_id        CHAR(36)     NOT NULL,
    position         INT          NOT NULL,
    levels           VARCHAR(200) NOT NULL,
    comment          TEXT         NULL,
    override_points  INT          NULL,
    override_reason  VARCHAR(500) NULL,
    points           INT          NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_review_answer UNIQUE (tenant_id, review_id, position),
    CONSTRAINT fk_review_answer_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_review_answer_review FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT ck_review_answer_override CHECK (override_points IS NULL OR override_reason IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE score_change (
    id           CHAR(36)     NOT NULL,
    tenant_id    CHAR(36)     NOT NULL,
    review_id    CHAR(36)     NOT NULL,
    attempt_id   CHAR(36)     NOT NULL,
    seq          INT          NOT NULL,
    changed_by   VARCHAR(64)  NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    position     INT          NULL,
    criterion    INT          NULL,
    old_points   INT          NULL,
    new_points   INT          NULL,
    reason       VARCHAR(500) NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_score_change_seq UNIQUE (tenant_id, review_id, seq),
    CONSTRAINT fk_score_change_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_score_change_review FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT ck_score_change_kind CHECK (kind IN ('LEVEL', 'OVERRIDE', 'TOTAL', 'RELEASED',
        'UNRELEASED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
