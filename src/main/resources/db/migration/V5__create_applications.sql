-- Applications, their reviews and their timeline.

CREATE TABLE application (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    startup_id             BIGINT        NOT NULL,
    program_id             BIGINT        NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    answers                TEXT          NOT NULL,
    submitted_at           DATETIME(6)   NULL,
    decided_at             DATETIME(6)   NULL,
    decision_message       VARCHAR(4000) NULL,
    match_score_at_submit  INT           NULL,
    review_average         DECIMAL(5, 2) NULL,
    review_count           INT           NOT NULL DEFAULT 0,
    created_by             BIGINT        NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_application UNIQUE (startup_id, program_id),
    KEY ix_application_program (program_id, status),
    CONSTRAINT fk_application_startup FOREIGN KEY (startup_id) REFERENCES startup (id),
    CONSTRAINT fk_application_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_application_by FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE application_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    application_id BIGINT        NOT NULL,
    actor_id       BIGINT        NULL,
    from_status    VARCHAR(16)   NULL,
    to_status      VARCHAR(16)   NOT NULL,
    note           VARCHAR(4000) NULL,
    internal       BOOLEAN       NOT NULL DEFAULT FALSE,
    at             DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_event_application (application_id, at),
    CONSTRAINT fk_event_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    application_id    BIGINT        NOT NULL,
    reviewer_id       BIGINT        NOT NULL,
    scores            TEXT          NOT NULL,
    comment           VARCHAR(4000) NULL,
    recommendation    VARCHAR(8)    NULL,
    conflict_declared BOOLEAN       NOT NULL DEFAULT FALSE,
    average           DECIMAL(5, 2) NULL,
    submitted_at      DATETIME(6)   NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_review UNIQUE (application_id, reviewer_id),
    CONSTRAINT fk_review_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    CONSTRAINT fk_review_reviewer FOREIGN KEY (reviewer_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
