-- Login sessions kept on the server (account.LoginSessions): the browser's cookie holds a random
-- key, this table the tokens Keycloak issued, under the key's SHA-256 (the key itself is not kept).
CREATE TABLE login_session (
    key_hash                BINARY(32)   NOT NULL,
    subject                 VARCHAR(64)  NOT NULL,
    id_token                TEXT         NOT NULL,
    access_token            TEXT         NOT NULL,
    refresh_token           TEXT         NULL,
    access_token_expires_in BIGINT       NULL,
    access_token_scope      VARCHAR(500) NULL,
    expires_at              DATETIME(6)  NOT NULL,
    created_at              DATETIME(6)  NOT NULL,
    updated_at              DATETIME(6)  NOT NULL,
    PRIMARY KEY (key_hash),
    KEY ix_login_session_subject (subject),
    KEY ix_login_session_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
