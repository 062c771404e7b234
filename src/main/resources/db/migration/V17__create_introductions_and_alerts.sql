-- Networking (docs/networking.md): partners of investor, corporate and mentor-network organizations;
-- introductions a manager or partner asks of a startup, answered by its founders; a startup may
-- refuse them all; founders' alerts (a weekly mail of programs that fit, deadline reminders).

ALTER TABLE startup ADD COLUMN introductions_open BOOLEAN NOT NULL DEFAULT TRUE;

CREATE TABLE organization_partner (
    organization_id BIGINT      NOT NULL,
    account_id      BIGINT      NOT NULL,
    since           DATETIME(6) NOT NULL,
    PRIMARY KEY (organization_id, account_id),
    KEY ix_organization_partner_account (account_id),
    CONSTRAINT fk_orgpartner_org FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE CASCADE,
    CONSTRAINT fk_orgpartner_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- open_flag is 1 while the request waits for an answer and NULL after: the unique key then allows
-- one open request per requester and startup (NULLs never collide), whatever the instance.
CREATE TABLE introduction (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    startup_id      BIGINT        NOT NULL,
    requester_id    BIGINT        NOT NULL,
    organization_id BIGINT        NOT NULL,
    message         VARCHAR(1000) NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    open_flag       INT           NULL,
    created_at      DATETIME(6)   NOT NULL,
    answered_at     DATETIME(6)   NULL,
    answered_by     BIGINT        NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_introduction_open (startup_id, requester_id, open_flag),
    KEY ix_introduction_requester (requester_id, status),
    KEY ix_introduction_status (status, created_at),
    CONSTRAINT fk_introduction_startup FOREIGN KEY (startup_id) REFERENCES startup (id),
    CONSTRAINT fk_introduction_requester FOREIGN KEY (requester_id) REFERENCES account (id),
    CONSTRAINT fk_introduction_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A founder's alerts for one startup: both off until chosen.
CREATE TABLE alert_subscription (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    account_id      BIGINT      NOT NULL,
    startup_id      BIGINT      NOT NULL,
    weekly          BOOLEAN     NOT NULL DEFAULT FALSE,
    threshold       INT         NOT NULL DEFAULT 60,
    deadlines       BOOLEAN     NOT NULL DEFAULT FALSE,
    weekly_sent_at  DATETIME(6) NULL,
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_alert_subscription (account_id, startup_id),
    KEY ix_alert_subscription_weekly (weekly, weekly_sent_at),
    CONSTRAINT fk_alert_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_alert_startup FOREIGN KEY (startup_id) REFERENCES startup (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The deadline reminder of each draft application, sent once.
CREATE TABLE deadline_reminder (
    application_id BIGINT      NOT NULL,
    sent_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (application_id),
    CONSTRAINT fk_deadline_reminder_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB;
