-- Customer area (issue 10): which user has read which notice, and the e-mail outbox of the portal's own
-- messages (claim acknowledgements and the like). A mail row is written in the same transaction as the act
-- that causes it and sent by the delivery job (PENDING -> SENT, or retried with back-off, FAILED after the
-- last attempt). SLA change notices keep their deliveries in notice_delivery (V1). The status is one of
-- PENDING, SENT, FAILED (checked by the entity's enum, not by a CHECK constraint).

CREATE TABLE notice_read (
    notice_id BIGINT      NOT NULL,
    user_id   BIGINT      NOT NULL,
    read_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (notice_id, user_id),
    CONSTRAINT fk_notice_read_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
    CONSTRAINT fk_notice_read_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mail_outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    topic           VARCHAR(64)   NOT NULL,
    topic_ref       VARCHAR(64)   NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    subject         VARCHAR(500)  NOT NULL,
    body_text       MEDIUMTEXT    NOT NULL,
    body_html       MEDIUMTEXT    NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(1000),
    last_attempt_at DATETIME(6),
    next_attempt_at DATETIME(6),
    sent_at         DATETIME(6),
    created_at      DATETIME(6)   NOT NULL,
    row_version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_mail_outbox_topic UNIQUE (topic, topic_ref, recipient),
    CONSTRAINT ck_mail_outbox_attempts CHECK (attempts >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
