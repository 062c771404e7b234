-- Matching reads what a program's accepted startups have in common ("startups like those this program
-- accepted", docs/matching.md): their sectors and descriptions. Whatever changes that profile moves
-- catalog_stamp row 1 in the same transaction, so every instance rebuilds its programs' features from
-- the next request on: an acceptance, an accepted application deleted (a startup erased), and an
-- accepted startup's sectors or description edited.
DELIMITER //
CREATE TRIGGER application_accepted_catalog AFTER UPDATE ON application FOR EACH ROW
BEGIN
    IF (NEW.status = 'accepted') <> (OLD.status = 'accepted') THEN
        UPDATE catalog_stamp SET version = version + 1 WHERE id = 1;
    END IF;
END//

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
