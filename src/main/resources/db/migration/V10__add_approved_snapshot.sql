-- What a startup, organization or program said when it was last approved (or published), as JSON:
-- the moderation page shows what changed since, field by field.
ALTER TABLE startup ADD COLUMN approved_snapshot TEXT NULL;
ALTER TABLE organization ADD COLUMN approved_snapshot TEXT NULL;
ALTER TABLE program ADD COLUMN approved_snapshot TEXT NULL;
