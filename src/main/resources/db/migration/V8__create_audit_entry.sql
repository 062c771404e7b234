-- Every decision of an administrator or a manager (moderation, status changes, exports…), written
-- in the transaction of the decision. Nobody changes or removes an entry: the triggers refuse it,
-- whoever writes. Entries name the actor by account id only, so that anonymizing an account leaves
-- the trail whole and without personal data.
CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    at          DATETIME(6)   NOT NULL,
    actor_id    BIGINT        NULL,
    action      VARCHAR(40)   NOT NULL,
    object_type VARCHAR(20)   NOT NULL,
    object_id   BIGINT        NULL,
    details     VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    KEY ix_audit_at (at),
    KEY ix_audit_actor (actor_id, at),
    KEY ix_audit_object (object_type, object_id, at),
    KEY ix_audit_action (action, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Audit entries cannot be changed';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Audit entries cannot be deleted';
