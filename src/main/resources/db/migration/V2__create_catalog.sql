-- Organizations, programs (with their questions and rubric), startups and their files.
-- Multi-valued codes (sectors, stages, regions, needs, offers, languages) are comma-separated
-- code lists: small, read whole, filtered with FIND_IN_SET.

CREATE TABLE stored_file (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    content_type VARCHAR(64)  NOT NULL,
    filename     VARCHAR(255) NOT NULL,
    size         INT          NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    data         LONGBLOB     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organization (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    name              VARCHAR(160)  NOT NULL,
    slug              VARCHAR(100)  NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    country           VARCHAR(80)   NOT NULL,
    website           VARCHAR(255)  NULL,
    description       TEXT          NOT NULL,
    logo_file_id      BIGINT        NULL,
    verified          BOOLEAN       NOT NULL DEFAULT FALSE,
    demo              BOOLEAN       NOT NULL DEFAULT FALSE,
    moderation_status VARCHAR(16)   NOT NULL,
    moderation_note   VARCHAR(1000) NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_organization_slug UNIQUE (slug),
    CONSTRAINT fk_organization_logo FOREIGN KEY (logo_file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organization_manager (
    organization_id BIGINT      NOT NULL,
    account_id      BIGINT      NOT NULL,
    since           DATETIME(6) NOT NULL,
    PRIMARY KEY (organization_id, account_id),
    KEY ix_organization_manager_account (account_id),
    CONSTRAINT fk_orgmanager_org FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE CASCADE,
    CONSTRAINT fk_orgmanager_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE program (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    organization_id        BIGINT        NOT NULL,
    title                  VARCHAR(160)  NOT NULL,
    slug                   VARCHAR(100)  NOT NULL,
    summary                VARCHAR(300)  NOT NULL,
    description            TEXT          NOT NULL,
    sectors                VARCHAR(255)  NOT NULL DEFAULT '',
    stages                 VARCHAR(100)  NOT NULL DEFAULT '',
    regions                VARCHAR(400)  NOT NULL DEFAULT '',
    women_only             BOOLEAN       NOT NULL DEFAULT FALSE,
    min_team_size          INT           NULL,
    requires_incorporation BOOLEAN       NOT NULL DEFAULT FALSE,
    offers                 VARCHAR(255)  NOT NULL DEFAULT '',
    funding_amount         BIGINT        NULL,
    equity_percent         DECIMAL(5, 2) NULL,
    format                 VARCHAR(16)   NOT NULL,
    city                   VARCHAR(120)  NULL,
    languages              VARCHAR(20)   NOT NULL DEFAULT '',
    opens_at               DATE          NOT NULL,
    deadline               DATE          NOT NULL,
    starts_at              DATE          NULL,
    seats                  INT           NULL,
    status                 VARCHAR(16)   NOT NULL,
    moderation_note        VARCHAR(1000) NULL,
    demo                   BOOLEAN       NOT NULL DEFAULT FALSE,
    submitted_at           DATETIME(6)   NULL,
    published_at           DATETIME(6)   NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_program_slug UNIQUE (slug),
    KEY ix_program_status_deadline (status, deadline),
    KEY ix_program_organization (organization_id),
    CONSTRAINT fk_program_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE program_question (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    program_id BIGINT        NOT NULL,
    label      VARCHAR(300)  NOT NULL,
    help       VARCHAR(1000) NULL,
    type       VARCHAR(16)   NOT NULL,
    required   BOOLEAN       NOT NULL DEFAULT FALSE,
    position   INT           NOT NULL,
    choices    TEXT          NULL,
    PRIMARY KEY (id),
    KEY ix_question_program (program_id, position),
    CONSTRAINT fk_question_program FOREIGN KEY (program_id) REFERENCES program (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rubric_criterion (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    program_id  BIGINT        NOT NULL,
    name        VARCHAR(160)  NOT NULL,
    description VARCHAR(1000) NULL,
    weight      INT           NOT NULL,
    max_score   INT           NOT NULL,
    position    INT           NOT NULL,
    PRIMARY KEY (id),
    KEY ix_criterion_program (program_id, position),
    CONSTRAINT fk_criterion_program FOREIGN KEY (program_id) REFERENCES program (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE startup (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    name               VARCHAR(160)  NOT NULL,
    slug               VARCHAR(100)  NOT NULL,
    tagline            VARCHAR(200)  NOT NULL,
    description        TEXT          NOT NULL,
    sectors            VARCHAR(255)  NOT NULL DEFAULT '',
    stage              VARCHAR(16)   NOT NULL,
    region             VARCHAR(16)   NOT NULL,
    city               VARCHAR(120)  NULL,
    founded_year       INT           NULL,
    team_size          INT           NOT NULL,
    women_led          BOOLEAN       NOT NULL DEFAULT FALSE,
    youth_led          BOOLEAN       NOT NULL DEFAULT FALSE,
    incorporated       BOOLEAN       NOT NULL DEFAULT FALSE,
    revenue_band       VARCHAR(16)   NOT NULL,
    funding_band       VARCHAR(16)   NOT NULL,
    needs              VARCHAR(255)  NOT NULL DEFAULT '',
    languages          VARCHAR(20)   NOT NULL DEFAULT '',
    website            VARCHAR(255)  NULL,
    phone              VARCHAR(40)   NULL,
    logo_file_id       BIGINT        NULL,
    pitch_deck_file_id BIGINT        NULL,
    visibility         VARCHAR(16)   NOT NULL,
    moderation_status  VARCHAR(16)   NOT NULL,
    moderation_note    VARCHAR(1000) NULL,
    demo               BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    approved_at        DATETIME(6)   NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_startup_slug UNIQUE (slug),
    KEY ix_startup_public (moderation_status, visibility, name),
    CONSTRAINT fk_startup_logo FOREIGN KEY (logo_file_id) REFERENCES stored_file (id),
    CONSTRAINT fk_startup_deck FOREIGN KEY (pitch_deck_file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE startup_owner (
    startup_id BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    since      DATETIME(6) NOT NULL,
    PRIMARY KEY (startup_id, account_id),
    KEY ix_startup_owner_account (account_id),
    CONSTRAINT fk_owner_startup FOREIGN KEY (startup_id) REFERENCES startup (id) ON DELETE CASCADE,
    CONSTRAINT fk_owner_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE startup_invitation (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    startup_id  BIGINT       NOT NULL,
    email       VARCHAR(320) NOT NULL,
    invited_by  BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    accepted_at DATETIME(6)  NULL,
    accepted_by BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_invitation UNIQUE (startup_id, email),
    KEY ix_invitation_email (email),
    CONSTRAINT fk_invitation_startup FOREIGN KEY (startup_id) REFERENCES startup (id) ON DELETE CASCADE,
    CONSTRAINT fk_invitation_by FOREIGN KEY (invited_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a person agreed to, when, and which wording (Mali's personal-data law 2013-015).
CREATE TABLE consent (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    account_id   BIGINT      NOT NULL,
    purpose      VARCHAR(40) NOT NULL,
    text_version VARCHAR(20) NOT NULL,
    accepted_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_consent_account (account_id, purpose),
    CONSTRAINT fk_consent_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
