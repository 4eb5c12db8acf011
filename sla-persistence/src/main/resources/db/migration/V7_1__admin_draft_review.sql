-- V7.1 (administration): four eyes on SLA drafts. One row per draft under the review workflow: its state (DRAFT:
-- the author edits; IN_REVIEW: waiting for another administrator), who wrote it, and the last reviewer's comment.
-- Removed with its draft (a published draft is deleted by the publication).
CREATE TABLE sla_draft_review (
    draft_id     BIGINT       NOT NULL PRIMARY KEY,
    state        VARCHAR(16)  NOT NULL,
    author       VARCHAR(254) NOT NULL,
    submitted_at DATETIME(6),
    comment      TEXT,
    reviewed_by  VARCHAR(254),
    row_version  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_sla_draft_review_draft FOREIGN KEY (draft_id) REFERENCES sla_draft (id) ON DELETE CASCADE,
    CONSTRAINT ck_sla_draft_review_state CHECK (state IN ('DRAFT', 'IN_REVIEW'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
