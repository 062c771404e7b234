-- The moderation queue flags possible duplicates (same name, phone or website) for a whole page in
-- one query per kind (moderation.ModerationQueue): these indexes let each join look rows up
-- instead of reading every profile.
CREATE INDEX ix_startup_name ON startup (name);
CREATE INDEX ix_startup_phone ON startup (phone);
CREATE INDEX ix_startup_website ON startup (website);
CREATE INDEX ix_organization_name ON organization (name);
CREATE INDEX ix_organization_website ON organization (website);
