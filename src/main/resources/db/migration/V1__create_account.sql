-- The local record of a Keycloak user, created on first login.
CREATE TABLE account (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    keycloak_subject VARCHAR(64)  NOT NULL,
    username         VARCHAR(255) NOT NULL,
    email            VARCHAR(320) NULL,
    display_name     VARCHAR(255) NOT NULL,
    locale           VARCHAR(8)   NOT NULL DEFAULT 'fr',
    status           VARCHAR(16)  NOT NULL DEFAULT 'active',
    created_at       DATETIME(6)  NOT NULL,
    last_seen_at     DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_subject UNIQUE (keycloak_subject),
    KEY ix_account_email (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
