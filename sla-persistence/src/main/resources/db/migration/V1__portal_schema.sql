-- SLA Portal schema. One history for MySQL 8 / MariaDB 10.11 and H2 (MODE=MySQL, DATABASE_TO_LOWER=TRUE).
-- Instants are DATETIME(6) in UTC, money DECIMAL(19,2) plus an ISO currency code, text utf8mb4.

-- Customer organisations and user accounts ----------------------------------------------------------
CREATE TABLE organisation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    row_version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_organisation_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    email              VARCHAR(254) NOT NULL,
    display_name       VARCHAR(200) NOT NULL,
    password_hash      VARCHAR(255) NOT NULL,
    role               VARCHAR(16)  NOT NULL,
    organisation_id    BIGINT,
    enabled            BOOLEAN      NOT NULL DEFAULT TRUE,
    locked             BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_login_count INT          NOT NULL DEFAULT 0,
    locked_until       DATETIME(6),
    last_login_at      DATETIME(6),
    preferred_language VARCHAR(8),
    created_at         DATETIME(6)  NOT NULL,
    row_version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_account_email UNIQUE (email),
    CONSTRAINT fk_user_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_user_account_role CHECK (role IN ('CUSTOMER', 'ADMIN')),
    CONSTRAINT ck_user_account_customer_has_org CHECK (role = 'ADMIN' OR organisation_id IS NOT NULL),
    CONSTRAINT ck_user_account_failed_logins CHECK (failed_login_count >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- SLA documents, immutable published versions, editable drafts ---------------------------------------
CREATE TABLE sla_document (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug       VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_sla_document_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A row here is a published version: the application only ever inserts (see SlaVersionEntity).
CREATE TABLE sla_version (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id    BIGINT       NOT NULL,
    number         INT          NOT NULL,
    title_en       VARCHAR(300) NOT NULL,
    title_zh       VARCHAR(300) NOT NULL,
    summary_en     TEXT         NOT NULL,
    summary_zh     TEXT         NOT NULL,
    body_en        MEDIUMTEXT   NOT NULL,
    body_zh        MEDIUMTEXT   NOT NULL,
    published_at   DATETIME(6)  NOT NULL,
    effective_date DATE         NOT NULL,
    adverse        BOOLEAN      NOT NULL,
    published_by   VARCHAR(254) NOT NULL,
    origin         VARCHAR(16)  NOT NULL,
    content_hash   VARCHAR(64)  NOT NULL,
    CONSTRAINT uk_sla_version_number UNIQUE (document_id, number),
    CONSTRAINT fk_sla_version_document FOREIGN KEY (document_id) REFERENCES sla_document (id),
    CONSTRAINT ck_sla_version_number CHECK (number >= 1),
    CONSTRAINT ck_sla_version_origin CHECK (origin IN ('CONTENT', 'ADMIN', 'DEMO'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sla_version_effective ON sla_version (document_id, effective_date);

CREATE TABLE sla_draft (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id    BIGINT       NOT NULL,
    title_en       VARCHAR(300) NOT NULL,
    title_zh       VARCHAR(300) NOT NULL,
    summary_en     TEXT         NOT NULL,
    summary_zh     TEXT         NOT NULL,
    body_en        MEDIUMTEXT   NOT NULL,
    body_zh        MEDIUMTEXT   NOT NULL,
    effective_date DATE,
    adverse        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by     VARCHAR(254) NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_by     VARCHAR(254) NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    row_version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_sla_draft_document FOREIGN KEY (document_id) REFERENCES sla_document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- FAQ ---------------------------------------------------------------------------------------------
CREATE TABLE faq_category (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug        VARCHAR(64)  NOT NULL,
    position    INT          NOT NULL,
    title_en    VARCHAR(200) NOT NULL,
    title_zh    VARCHAR(200) NOT NULL,
    row_version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_faq_category_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE faq_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    category_id  BIGINT       NOT NULL,
    slug         VARCHAR(128) NOT NULL,
    position     INT          NOT NULL,
    title_en     VARCHAR(500) NOT NULL,
    title_zh     VARCHAR(500) NOT NULL,
    body_en      MEDIUMTEXT   NOT NULL,
    body_zh      MEDIUMTEXT   NOT NULL,
    updated_on   DATE         NOT NULL,
    revision     INT          NOT NULL,
    content_hash VARCHAR(64)  NOT NULL,
    row_version  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_faq_entry_slug UNIQUE (category_id, slug),
    CONSTRAINT fk_faq_entry_category FOREIGN KEY (category_id) REFERENCES faq_category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every state an entry has had, the current one included (revision = faq_entry.revision).
CREATE TABLE faq_entry_revision (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    entry_id   BIGINT       NOT NULL,
    revision   INT          NOT NULL,
    position   INT          NOT NULL,
    title_en   VARCHAR(500) NOT NULL,
    title_zh   VARCHAR(500) NOT NULL,
    body_en    MEDIUMTEXT   NOT NULL,
    body_zh    MEDIUMTEXT   NOT NULL,
    updated_on DATE         NOT NULL,
    edited_by  VARCHAR(254) NOT NULL,
    edited_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_faq_entry_revision UNIQUE (entry_id, revision),
    CONSTRAINT fk_faq_entry_revision_entry FOREIGN KEY (entry_id) REFERENCES faq_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE glossary_term (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    term_en  VARCHAR(200) NOT NULL,
    term_zh  VARCHAR(200) NOT NULL,
    position INT          NOT NULL,
    CONSTRAINT uk_glossary_term_en UNIQUE (term_en)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Subscriptions -----------------------------------------------------------------------------------
-- The governing SLA version is not stored: it is derived from term_start and the published versions.
CREATE TABLE subscription (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id        BIGINT        NOT NULL,
    service_level          VARCHAR(100)   NOT NULL,
    term_start             DATE          NOT NULL,
    term_end               DATE          NOT NULL,
    renews_subscription_id BIGINT,
    billing_day            INT           NOT NULL DEFAULT 1,
    monthly_fee            DECIMAL(19,2) NOT NULL,
    currency               VARCHAR(3)       NOT NULL DEFAULT 'CNY',
    suite_price_share      DECIMAL(19,2),
    reseller_name          VARCHAR(200),
    estimated_retail_price DECIMAL(19,2),
    created_at             DATETIME(6)   NOT NULL,
    row_version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_subscription_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_subscription_renews FOREIGN KEY (renews_subscription_id) REFERENCES subscription (id),
    CONSTRAINT uk_subscription_renewal UNIQUE (renews_subscription_id),
    CONSTRAINT ck_subscription_billing_day CHECK (billing_day BETWEEN 1 AND 28),
    CONSTRAINT ck_subscription_term CHECK (term_end > term_start),
    CONSTRAINT ck_subscription_fee CHECK (monthly_fee >= 0),
    CONSTRAINT ck_subscription_reseller CHECK ((reseller_name IS NULL AND estimated_retail_price IS NULL)
                                            OR (reseller_name IS NOT NULL AND estimated_retail_price IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_subscription_service_level ON subscription (service_level);

-- Incidents ---------------------------------------------------------------------------------------
CREATE TABLE incident (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    tracking_id    VARCHAR(64)  NOT NULL,
    started_at     DATETIME(6)  NOT NULL,
    ended_at       DATETIME(6)  NOT NULL,
    description_en TEXT         NOT NULL,
    description_zh TEXT         NOT NULL,
    scheduled      BOOLEAN      NOT NULL DEFAULT FALSE,
    notice_at      DATETIME(6),
    created_by     VARCHAR(254) NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    row_version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_incident_tracking_id UNIQUE (tracking_id),
    CONSTRAINT ck_incident_period CHECK (ended_at > started_at),
    CONSTRAINT ck_incident_notice CHECK (scheduled = FALSE OR notice_at IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE incident_service_level (
    incident_id   BIGINT      NOT NULL,
    service_level VARCHAR(100) NOT NULL,
    PRIMARY KEY (incident_id, service_level),
    CONSTRAINT fk_incident_service_level_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Claims ------------------------------------------------------------------------------------------
CREATE TABLE claim_reference_counter (
    ref_year    INT    NOT NULL PRIMARY KEY,
    last_number BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE claim (
    id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference                  VARCHAR(32)   NOT NULL,
    organisation_id            BIGINT        NOT NULL,
    subscription_id            BIGINT        NOT NULL,
    incident_id                BIGINT        NOT NULL,
    service_level              VARCHAR(100)   NOT NULL,
    status                     VARCHAR(16)   NOT NULL,
    description                TEXT          NOT NULL,
    downtime_started_at        DATETIME(6)   NOT NULL,
    downtime_minutes           BIGINT        NOT NULL,
    affected_resources         TEXT,
    affected_user_count        INT,
    affected_user_locations    TEXT,
    resolution_attempts        TEXT          NOT NULL,
    uptime_percent             DECIMAL(16,12) NOT NULL,
    credit_percent             DECIMAL(5,2)  NOT NULL,
    credit_amount              DECIMAL(19,2) NOT NULL,
    currency                   VARCHAR(3)       NOT NULL DEFAULT 'CNY',
    deadline                   DATE          NOT NULL,
    expected_decision_date     DATE,
    approved_credit_amount     DECIMAL(19,2),
    submitted_by_id            BIGINT        NOT NULL,
    submitted_at               DATETIME(6)   NOT NULL,
    updated_at                 DATETIME(6)   NOT NULL,
    row_version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_claim_reference UNIQUE (reference),
    CONSTRAINT uk_claim_incident_subscription UNIQUE (incident_id, subscription_id),
    CONSTRAINT fk_claim_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_claim_subscription FOREIGN KEY (subscription_id) REFERENCES subscription (id),
    CONSTRAINT fk_claim_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_claim_submitted_by FOREIGN KEY (submitted_by_id) REFERENCES user_account (id),
    CONSTRAINT ck_claim_status CHECK (status IN ('SUBMITTED', 'UNDER_REVIEW', 'NEEDS_INFO', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    CONSTRAINT ck_claim_downtime CHECK (downtime_minutes >= 0),
    CONSTRAINT ck_claim_approved_credit CHECK (approved_credit_amount IS NULL OR approved_credit_amount >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_claim_status ON claim (status, submitted_at);
CREATE INDEX ix_claim_organisation ON claim (organisation_id, submitted_at);

CREATE TABLE claim_status_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    claim_id    BIGINT       NOT NULL,
    from_status VARCHAR(16),
    to_status   VARCHAR(16)  NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    changed_by  VARCHAR(254) NOT NULL,
    reason      TEXT,
    CONSTRAINT fk_claim_status_change_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_claim_status_change_claim ON claim_status_change (claim_id, changed_at);

CREATE TABLE claim_exclusion (
    claim_id         BIGINT      NOT NULL,
    exclusion_code   VARCHAR(32) NOT NULL,
    excluded_minutes BIGINT,
    PRIMARY KEY (claim_id, exclusion_code),
    CONSTRAINT fk_claim_exclusion_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- SLA change notices and their deliveries ---------------------------------------------------------
CREATE TABLE notice (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    sla_version_id  BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    CONSTRAINT uk_notice_version_organisation UNIQUE (sla_version_id, organisation_id),
    CONSTRAINT fk_notice_version FOREIGN KEY (sla_version_id) REFERENCES sla_version (id),
    CONSTRAINT fk_notice_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE notice_delivery (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    notice_id       BIGINT        NOT NULL,
    channel         VARCHAR(16)   NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(1000),
    last_attempt_at DATETIME(6),
    next_attempt_at DATETIME(6),
    delivered_at    DATETIME(6),
    created_at      DATETIME(6)   NOT NULL,
    row_version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_notice_delivery UNIQUE (notice_id, channel, recipient),
    CONSTRAINT fk_notice_delivery_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
    CONSTRAINT ck_notice_delivery_channel CHECK (channel IN ('PORTAL', 'EMAIL')),
    CONSTRAINT ck_notice_delivery_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT ck_notice_delivery_attempts CHECK (attempts >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_notice_delivery_due ON notice_delivery (status, next_attempt_at);

-- Audit log ---------------------------------------------------------------------------------------
CREATE TABLE audit_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)  NOT NULL,
    actor          VARCHAR(254) NOT NULL,
    action         VARCHAR(64)  NOT NULL,
    target_type    VARCHAR(64)  NOT NULL,
    target_id      VARCHAR(64)  NOT NULL,
    before_summary TEXT,
    after_summary  TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_target ON audit_event (target_type, target_id);

-- Shared HTTP sessions (Spring Session JDBC; table names as Spring Session spells them) --------------
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID            CHAR(36)     NOT NULL,
    SESSION_ID            CHAR(36)     NOT NULL,
    CREATION_TIME         BIGINT       NOT NULL,
    LAST_ACCESS_TIME      BIGINT       NOT NULL,
    MAX_INACTIVE_INTERVAL INT          NOT NULL,
    EXPIRY_TIME           BIGINT       NOT NULL,
    PRINCIPAL_NAME        VARCHAR(100),
    PRIMARY KEY (PRIMARY_ID)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36)     NOT NULL,
    ATTRIBUTE_NAME     VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES    BLOB         NOT NULL,
    PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION (PRIMARY_ID) ON DELETE CASCADE
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Scheduled jobs run once across instances (ShedLock, JdbcTemplateLockProvider) ---------------------
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
