-- A counter that every change to programs or organizations moves, in the same transaction:
-- app instances cache the public catalog and check this one row to know when to reload it.
-- Triggers keep it right whatever writes (the app, an import, a script).
CREATE TABLE catalog_stamp (
    id      INT    NOT NULL,
    version BIGINT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;

INSERT INTO catalog_stamp (id, version) VALUES (1, 0);

CREATE TRIGGER program_catalog_insert AFTER INSERT ON program FOR EACH ROW
    UPDATE catalog_stamp SET version = version + 1 WHERE id = 1;
CREATE TRIGGER program_catalog_update AFTER UPDATE ON program FOR EACH ROW
    UPDATE catalog_stamp SET version = version + 1 WHERE id = 1;
CREATE TRIGGER program_catalog_delete AFTER DELETE ON program FOR EACH ROW
    UPDATE catalog_stamp SET version = version + 1 WHERE id = 1;
CREATE TRIGGER organization_catalog_update AFTER UPDATE ON organization FOR EACH ROW
    UPDATE catalog_stamp SET version = version + 1 WHERE id = 1;
