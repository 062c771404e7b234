-- What a program's accepted startups have in common (V18, docs/matching.md) also changes when an
-- accepted application is deleted (a startup erased) and when an accepted startup's sectors,
-- tagline or description are edited: each moves catalog_stamp row 1 in the same transaction, so
-- every instance rebuilds its programs' features from the next request on.
-- (For a day, 2026-12-06, V18 itself created these two: a database migrated then already has them.)
DROP TRIGGER IF EXISTS application_accepted_catalog_delete;
DROP TRIGGER IF EXISTS startup_accepted_catalog;
DELIMITER //
CREATE TRIGGER application_accepted_catalog_delete AFTER DELETE ON application FOR EACH ROW
BEGIN
    IF OLD.status = 'accepted' THEN
        UPDATE catalog_stamp SET version = version + 1 WHERE id = 1;
    END IF;
END//

CREATE TRIGGER startup_accepted_catalog AFTER UPDATE ON startup FOR EACH ROW
BEGIN
    IF (NOT (NEW.sectors <=> OLD.sectors) OR NOT (NEW.tagline <=> OLD.tagline)
            OR NOT (NEW.description <=> OLD.description))
            AND EXISTS (SELECT 1 FROM application WHERE startup_id = NEW.id AND status = 'accepted') THEN
        UPDATE catalog_stamp SET version = version + 1 WHERE id = 1;
    END IF;
END//
DELIMITER ;
