-- Trust (issue 9): every stored file has the account that uploaded it (quota, rate, export), a file
-- answer is a fact the server recorded when it stored the upload (application_file), never a value
-- read back from an answer, and whatever was keyed on an email address is keyed on the account.

ALTER TABLE stored_file ADD COLUMN owner_id BIGINT NULL;
CREATE INDEX ix_stored_file_owner ON stored_file (owner_id, created_at);

-- Every upload stored, kept a day: the hourly limit counts these (a replaced file is deleted from
-- stored_file, so counting stored files would let the same answer be replaced without end).
CREATE TABLE file_upload (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    owner_id   BIGINT      NOT NULL,
    size       INT         NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_file_upload_owner (owner_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Files stored before owners were recorded: the startup's first owner, the organization's first
-- manager, the application's author.
UPDATE stored_file f JOIN startup s ON f.id IN (s.logo_file_id, s.pitch_deck_file_id)
    SET f.owner_id = (SELECT MIN(o.account_id) FROM startup_owner o WHERE o.startup_id = s.id)
    WHERE f.owner_id IS NULL;
UPDATE stored_file f JOIN organization g ON f.id = g.logo_file_id
    SET f.owner_id = (SELECT MIN(m.account_id) FROM organization_manager m WHERE m.organization_id = g.id)
    WHERE f.owner_id IS NULL;

-- The file that answers a question of an application, as the server stored (or, for a pitch deck
-- taken from the profile, chose) it.
CREATE TABLE application_file (
    application_id BIGINT      NOT NULL,
    question_id    BIGINT      NOT NULL,
    file_id        BIGINT      NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (application_id, question_id),
    KEY ix_application_file_file (file_id),
    CONSTRAINT fk_appfile_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    CONSTRAINT fk_appfile_question FOREIGN KEY (question_id) REFERENCES program_question (id) ON DELETE CASCADE,
    CONSTRAINT fk_appfile_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Earlier file answers were kept in the answers' JSON as "file:N". Only answers to questions of type
-- file were ever written by the server; those move to application_file, every other value stays text
-- (and is never served as a file again).
INSERT INTO application_file (application_id, question_id, file_id, created_at)
SELECT a.id, q.id, f.id, a.updated_at
FROM application a
JOIN program_question q ON q.program_id = a.program_id AND q.type = 'file'
JOIN stored_file f ON CONCAT('file:', f.id) = JSON_UNQUOTE(JSON_EXTRACT(a.answers, CONCAT('$."', q.id, '"[0]')));

-- A multi-table UPDATE changes each application once: repeated, each pass removes one more file
-- answer from the applications that still hold one (no program has more than a few file questions).
UPDATE application a JOIN application_file af ON af.application_id = a.id
    SET a.answers = JSON_REMOVE(a.answers, CONCAT('$."', af.question_id, '"'))
    WHERE JSON_CONTAINS_PATH(a.answers, 'one', CONCAT('$."', af.question_id, '"'));
UPDATE application a JOIN application_file af ON af.application_id = a.id
    SET a.answers = JSON_REMOVE(a.answers, CONCAT('$."', af.question_id, '"'))
    WHERE JSON_CONTAINS_PATH(a.answers, 'one', CONCAT('$."', af.question_id, '"'));
UPDATE application a JOIN application_file af ON af.application_id = a.id
    SET a.answers = JSON_REMOVE(a.answers, CONCAT('$."', af.question_id, '"'))
    WHERE JSON_CONTAINS_PATH(a.answers, 'one', CONCAT('$."', af.question_id, '"'));
UPDATE application a JOIN application_file af ON af.application_id = a.id
    SET a.answers = JSON_REMOVE(a.answers, CONCAT('$."', af.question_id, '"'))
    WHERE JSON_CONTAINS_PATH(a.answers, 'one', CONCAT('$."', af.question_id, '"'));
UPDATE application a JOIN application_file af ON af.application_id = a.id
    SET a.answers = JSON_REMOVE(a.answers, CONCAT('$."', af.question_id, '"'))
    WHERE JSON_CONTAINS_PATH(a.answers, 'one', CONCAT('$."', af.question_id, '"'));

UPDATE stored_file f JOIN application_file af ON af.file_id = f.id JOIN application a ON a.id = af.application_id
    SET f.owner_id = a.created_by
    WHERE f.owner_id IS NULL;

-- Whether Keycloak has proven the address (the email_verified claim): invitations need it.
ALTER TABLE account ADD COLUMN email_verified BOOLEAN NOT NULL DEFAULT FALSE;

-- The account a mail was written for: export and erasure go by account, never by address.
ALTER TABLE outbox_mail ADD COLUMN account_id BIGINT NULL;
CREATE INDEX ix_outbox_account ON outbox_mail (account_id);

-- A startup left without any founder is erased after a delay (docs/privacy.md).
ALTER TABLE startup ADD COLUMN orphaned_at DATETIME(6) NULL;

-- An approved organization whose name or website changed lost its verified mark: AGETIC looks again.
ALTER TABLE organization ADD COLUMN recheck_since DATETIME(6) NULL;
