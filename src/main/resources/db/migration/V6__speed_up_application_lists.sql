-- A program's application list is read a page at a time in one of three orders; with these indexes
-- MariaDB walks the program's applications in that order and stops after the page, instead of
-- sorting all of them on every request (bench/applications.sh, docs/operations.md).
CREATE INDEX ix_application_submitted ON application (program_id, submitted_at, id);
CREATE INDEX ix_application_review ON application (program_id, review_average, id);
CREATE INDEX ix_application_score ON application (program_id, match_score_at_submit, id);

-- A counter per program that every change to its applications (drafts aside) or to a startup that
-- applied moves, in the same transaction, whoever writes: instances keep the rendered list under it
-- and render again only when it has moved (ApplicationListResource).
CREATE TABLE application_stamp (
    program_id BIGINT NOT NULL,
    version    BIGINT NOT NULL,
    PRIMARY KEY (program_id)
) ENGINE = InnoDB;

-- Programs that already have applications start with a row, so that the startup trigger below,
-- which moves existing rows only, covers them too.
INSERT INTO application_stamp (program_id, version) SELECT DISTINCT program_id, 1 FROM application;

CREATE TRIGGER application_stamp_insert AFTER INSERT ON application FOR EACH ROW
    INSERT INTO application_stamp (program_id, version) VALUES (NEW.program_id, 1)
    ON DUPLICATE KEY UPDATE version = version + 1;

DELIMITER //
CREATE TRIGGER application_stamp_update AFTER UPDATE ON application FOR EACH ROW
BEGIN
    IF NEW.status <> 'draft' OR OLD.status <> 'draft' THEN
        INSERT INTO application_stamp (program_id, version) VALUES (NEW.program_id, 1)
        ON DUPLICATE KEY UPDATE version = version + 1;
    END IF;
END//
DELIMITER ;

CREATE TRIGGER application_stamp_delete AFTER DELETE ON application FOR EACH ROW
    INSERT INTO application_stamp (program_id, version) VALUES (OLD.program_id, 1)
    ON DUPLICATE KEY UPDATE version = version + 1;

CREATE TRIGGER startup_application_stamp AFTER UPDATE ON startup FOR EACH ROW
    UPDATE application_stamp SET version = version + 1
    WHERE program_id IN (SELECT program_id FROM application WHERE startup_id = NEW.id);
