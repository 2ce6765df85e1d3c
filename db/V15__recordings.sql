-- Recorded (audio or video) answers, uploaded from the browser in chunks while the student
-- records. A recording is one question's take (a new take replaces the old one); its chunks are
-- stored in the database, so every app-server node reads them, and streamed back one by one.

CREATE TABLE recording (
    id            CHAR(36)     NOT NULL,
    tenant_id     CHAR(36)     NOT NULL,
    attempt_id    CHAR(36)     NOT NULL,
    position      INT          NOT NULL,
    take          INT          NOT NULL,
    media_type    VARCHAR(100) NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    chunks        INT          NOT NULL,
    bytes         BIGINT       NOT NULL,
    accept_until  DATETIME(6)  NOT NULL,
    max_bytes     BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_recording UNIQUE (tenant_id, attempt_id, position),
    CONSTRAINT fk_recording_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_recording_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id),
    CONSTRAINT ck_recording_status CHECK (status IN ('RECORDING', 'COMPLETE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recording_chunk (
    id            CHAR(36)     NOT NULL,
    tenant_id     CHAR(36)     NOT NULL,
    recording_id  CHAR(36)     NOT NULL,
    take          INT          NOT NULL,
    seq           INT          NOT NULL,
    size          INT          NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    data          MEDIUMBLOB   NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_recording_chunk UNIQUE (tenant_id, recording_id, take, seq),
    CONSTRAINT fk_recording_chunk_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_recording_chunk_recording FOREIGN KEY (recording_id) REFERENCES recording (id),
    CONSTRAINT ck_recording_chunk_seq CHECK (seq >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
