-- V7 (administration): invitations. A one-time set-password link per invited user; only the SHA-256 of the token is
-- stored, so the database never holds a usable link. Runs unchanged on MySQL 8 / MariaDB 10.11 and H2 (MODE=MySQL).
CREATE TABLE user_invitation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6),
    created_by  VARCHAR(254) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    row_version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_user_invitation_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_user_invitation_user ON user_invitation (user_id);

CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
