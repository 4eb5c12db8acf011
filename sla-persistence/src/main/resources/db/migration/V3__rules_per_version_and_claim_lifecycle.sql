-- V3: rules travel with each version (SPEC 3.9); the claim lifecycle is a core aggregate (SPEC 3.10).
-- Runs unchanged on MySQL 8 / MariaDB 10.11 and H2 (MODE=MySQL).

-- The rule set of a published version, in the text form of content/README.md ("Rule sets"). Insert-only,
-- like sla_version itself: a published version's rules never change (see SlaVersionRulesEntity).
CREATE TABLE sla_version_rules (
    version_id BIGINT      NOT NULL PRIMARY KEY,
    rules      MEDIUMTEXT  NOT NULL,
    rules_hash VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_sla_version_rules_version FOREIGN KEY (version_id) REFERENCES sla_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A draft carries the rule set it would publish (same text form).
ALTER TABLE sla_draft ADD COLUMN rules MEDIUMTEXT;

-- Claims: the version whose rules govern the claim, the first day of the incident's billing month (for the
-- one-credit-per-level-and-month rule), and `blocking`: TRUE while the claim blocks another claim for the same
-- incident and subscription, NULL once it no longer does (withdrawn). NULLs never collide in a unique index, so
-- a withdrawn claim no longer blocks a new one, while two blocking claims still cannot coexist.
ALTER TABLE claim ADD COLUMN sla_document VARCHAR(64);
ALTER TABLE claim ADD COLUMN sla_version INT;
ALTER TABLE claim ADD COLUMN billing_month DATE;
ALTER TABLE claim ADD COLUMN blocking BOOLEAN;
UPDATE claim SET blocking = TRUE WHERE status <> 'WITHDRAWN';
CREATE UNIQUE INDEX uk_claim_blocking ON claim (incident_id, subscription_id, blocking);
ALTER TABLE claim DROP INDEX uk_claim_incident_subscription;
CREATE INDEX ix_claim_level_month ON claim (organisation_id, service_level, billing_month);

-- A question asked and an answer given are status changes with their text in `reason`; the actor's role tells
-- who moved the claim (CUSTOMER or ADMIN).
ALTER TABLE claim_status_change ADD COLUMN actor_role VARCHAR(16);
