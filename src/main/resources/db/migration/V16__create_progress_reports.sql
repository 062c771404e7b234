-- Monitoring (docs/monitoring.md): a program's reporting plan, and the progress reports its
-- accepted startups owe. One report per accepted application and due date; its core indicators are
-- columns (the impact page adds them up in SQL), the program's own questions a JSON map.
CREATE TABLE reporting_plan (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    program_id          BIGINT        NOT NULL,
    every_months        INT           NULL,
    for_months          INT           NULL,
    fixed_dates         VARCHAR(400)  NULL,
    questions           TEXT          NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_reporting_plan_program (program_id),
    CONSTRAINT fk_reporting_plan_program FOREIGN KEY (program_id) REFERENCES program (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE progress_report (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    application_id      BIGINT        NOT NULL,
    program_id          BIGINT        NOT NULL,
    startup_id          BIGINT        NOT NULL,
    accepted_on         DATE          NOT NULL,
    period_start        DATE          NOT NULL,
    due_on              DATE          NOT NULL,
    state               VARCHAR(12)   NOT NULL,
    revenue_band        VARCHAR(16)   NULL,
    jobs_total          INT           NULL,
    jobs_women          INT           NULL,
    jobs_youth          INT           NULL,
    funding_raised_xof  BIGINT        NULL,
    funding_kind        VARCHAR(12)   NULL,
    customers           INT           NULL,
    milestone           VARCHAR(1000) NULL,
    answers             TEXT          NULL,
    submitted_at        DATETIME(6)   NULL,
    submitted_by        BIGINT        NULL,
    reopen_asked_at     DATETIME(6)   NULL,
    reopen_note         VARCHAR(1000) NULL,
    reminded_soon_at    DATETIME(6)   NULL,
    reminded_late_at    DATETIME(6)   NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_progress_report_due (application_id, due_on),
    KEY ix_progress_report_program (program_id, startup_id, due_on),
    KEY ix_progress_report_startup (startup_id, due_on),
    KEY ix_progress_report_due (state, due_on),
    KEY ix_progress_report_submitted (state, submitted_at),
    CONSTRAINT fk_progress_report_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_progress_report_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_progress_report_startup FOREIGN KEY (startup_id) REFERENCES startup (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When each program's managers last got their weekly digest of the reports that came in.
CREATE TABLE report_digest (
    program_id BIGINT      NOT NULL,
    sent_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (program_id),
    CONSTRAINT fk_report_digest_program FOREIGN KEY (program_id) REFERENCES program (id)
) ENGINE = InnoDB;

-- Row 3 of catalog_stamp counts changes to reports that the impact figures read (a report added or
-- removed, submitted or reopened): every instance caches the impact page and checks this row.
INSERT INTO catalog_stamp (id, version) VALUES (3, 0);

DELIMITER //
CREATE TRIGGER progress_report_stamp_insert AFTER INSERT ON progress_report FOR EACH ROW
BEGIN
    UPDATE catalog_stamp SET version = version + 1 WHERE id = 3;
END//
CREATE TRIGGER progress_report_stamp_delete AFTER DELETE ON progress_report FOR EACH ROW
BEGIN
    UPDATE catalog_stamp SET version = version + 1 WHERE id = 3;
END//
CREATE TRIGGER progress_report_stamp_update AFTER UPDATE ON progress_report FOR EACH ROW
BEGIN
    IF OLD.state <> NEW.state OR NEW.state = 'submitted' THEN
        UPDATE catalog_stamp SET version = version + 1 WHERE id = 3;
    END IF;
END//
DELIMITER ;
