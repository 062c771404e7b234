-- Matching reads what a program's accepted startups have in common ("startups like those this program
-- accepted", docs/matching.md). An acceptance, or its reversal, moves catalog_stamp row 1 in the same
-- transaction, so every instance rebuilds its programs' features from the next request on.
CREATE TRIGGER application_accepted_catalog AFTER UPDATE ON application FOR EACH ROW
    UPDATE catalog_stamp SET version = version + 1
    WHERE id = 1 AND (NEW.status = 'accepted') <> (OLD.status = 'accepted');
