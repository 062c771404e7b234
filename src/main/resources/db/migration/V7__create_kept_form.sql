-- What someone typed into a form that reached the app after their session had ended, kept until
-- they have logged in again and come back to the form (web.KeptForms). The key is known only to
-- that browser (a cookie; only its hash is stored), and the copy is shown only to a browser with
-- the same form-token cookie. Rows live one day at most; the sender's address is kept only as a
-- hash, to limit how many copies one sender may leave.
CREATE TABLE kept_form (
    id          CHAR(64)     NOT NULL PRIMARY KEY,
    path        VARCHAR(300) NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    ip_hash     CHAR(64)     NOT NULL,
    fields      LONGTEXT     NOT NULL,
    had_files   BOOLEAN      NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    INDEX ix_kept_form_created (created_at),
    INDEX ix_kept_form_ip (ip_hash, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
