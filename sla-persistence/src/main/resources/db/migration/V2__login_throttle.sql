-- Sign-in throttle (issue 8): failed sign-ins counted per client address and per account, in the database so
-- that every instance sees the same counts. throttle_key is "address:<client address>" or "account:<SHA-256 of
-- the lower-cased e-mail>" (unknown e-mails are counted too, and are not stored in clear).
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(100) NOT NULL,
    failures        INT          NOT NULL,
    last_failure_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_login_throttle PRIMARY KEY (throttle_key),
    CONSTRAINT ck_login_throttle_failures CHECK (failures >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_login_throttle_last_failure ON login_throttle (last_failure_at);
