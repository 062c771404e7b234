-- The three tokens of a login session are now encrypted together by account.LoginSessions (one
-- AES-GCM under a key derived from JIGI_SESSION_SECRET, bound to the row's key hash) instead of
-- apart by Quarkus. Rows of the old shape cannot be read by the new code: they are deleted, and
-- the people they belonged to log in again.
DELETE FROM login_session;
ALTER TABLE login_session
    DROP COLUMN id_token,
    DROP COLUMN access_token,
    DROP COLUMN refresh_token,
    DROP COLUMN updated_at,
    ADD COLUMN tokens BLOB NOT NULL AFTER subject;
