-- Matching: programs may tune the weights of their fit (NULL: the default), startups carry the
-- sequence number of their last change so that every instance can update its index of them
-- incrementally, in commit order; invitations to apply; and the mail outbox.

ALTER TABLE program
    ADD COLUMN weight_sector   INT NULL,
    ADD COLUMN weight_stage    INT NULL,
    ADD COLUMN weight_needs    INT NULL,
    ADD COLUMN weight_text     INT NULL,
    ADD COLUMN weight_place    INT NULL,
    ADD COLUMN weight_language INT NULL;

-- Row 2 of catalog_stamp counts changes to startups. The triggers take its lock until the change
-- commits, so change_seq values are handed out in commit order.
INSERT INTO catalog_stamp (id, version) VALUES (2, 0);

ALTER TABLE startup ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0;
CREATE INDEX ix_startup_change_seq ON startup (change_seq);

DELIMITER //
CREATE TRIGGER startup_change_insert BEFORE INSERT ON startup FOR EACH ROW
BEGIN
    UPDATE catalog_stamp SET version = version + 1 WHERE id = 2;
    SET NEW.change_seq = (SELECT version FROM catalog_stamp WHERE id = 2);
END//
CREATE TRIGGER startup_change_update BEFORE UPDATE ON startup FOR EACH ROW
BEGIN
    UPDATE catalog_stamp SET version = version + 1 WHERE id = 2;
    SET NEW.change_seq = (SELECT version FROM catalog_stamp WHERE id = 2);
END//
DELIMITER ;

-- A manager's invitation to a startup to apply to a program.
CREATE TABLE program_invitation (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    program_id BIGINT      NOT NULL,
    startup_id BIGINT      NOT NULL,
    invited_by BIGINT      NOT NULL,
    score      INT         NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_program_invitation UNIQUE (program_id, startup_id),
    KEY ix_program_invitation_startup (startup_id),
    CONSTRAINT fk_pinv_program FOREIGN KEY (program_id) REFERENCES program (id) ON DELETE CASCADE,
    CONSTRAINT fk_pinv_startup FOREIGN KEY (startup_id) REFERENCES startup (id) ON DELETE CASCADE,
    CONSTRAINT fk_pinv_by FOREIGN KEY (invited_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Mail waits here, written in the same transaction as the change it reports; a scheduled sender
-- delivers it with retries (notification.Outbox).
CREATE TABLE outbox_mail (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    recipient       VARCHAR(320) NOT NULL,
    locale          VARCHAR(8)   NOT NULL,
    template        VARCHAR(60)  NOT NULL,
    payload         TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_outbox_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
