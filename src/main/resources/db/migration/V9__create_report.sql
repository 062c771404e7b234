-- A logged-in person's report of a public startup, organization or program ("Signaler"), and what
-- an administrator did about it.
CREATE TABLE report (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    object_type VARCHAR(20)   NOT NULL,
    object_id   BIGINT        NOT NULL,
    reporter_id BIGINT        NOT NULL,
    reason      VARCHAR(24)   NOT NULL,
    message     VARCHAR(1000) NULL,
    status      VARCHAR(8)    NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    closed_by   BIGINT        NULL,
    closed_at   DATETIME(6)   NULL,
    resolution  VARCHAR(1000) NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_report_status (status, created_at),
    KEY ix_report_reporter (reporter_id, created_at),
    KEY ix_report_object (object_type, object_id),
    CONSTRAINT fk_report_reporter FOREIGN KEY (reporter_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
