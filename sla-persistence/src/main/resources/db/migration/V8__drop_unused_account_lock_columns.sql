-- The per-account failed-login count and timed lock of V1 are unused since the database-shared login_throttle
-- (V2) counts failed sign-ins per address and per account; an administrator's lock stays in user_account.locked.
-- The check constraint goes first: MariaDB refuses to drop a column a CHECK constraint names.
ALTER TABLE user_account DROP CONSTRAINT ck_user_account_failed_logins;
ALTER TABLE user_account DROP COLUMN failed_login_count;
ALTER TABLE user_account DROP COLUMN locked_until;
