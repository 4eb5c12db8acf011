-- V3.1 (with V3, the rules engineer's migrations): the figures a claim's credit is computed from, so that an
-- approval recomputes it under the governing rules with the minutes removed by cited exclusions: Maximum
-- Available Minutes (or User Minutes) and Downtime in the unit of the level's formula, and the applicable fee
-- with what it was taken from. NULL for claims stored before V3.1.
ALTER TABLE claim ADD COLUMN available_minutes BIGINT;
ALTER TABLE claim ADD COLUMN formula_downtime BIGINT;
ALTER TABLE claim ADD COLUMN fee_amount DECIMAL(19,2);
ALTER TABLE claim ADD COLUMN fee_basis VARCHAR(40);

-- An incident a customer reports with a claim (start and end of their own observation) is kept apart from the
-- operator-recorded incidents: it appears in no incident list and is offered to nobody as claimable.
ALTER TABLE incident ADD COLUMN reported_by_customer BOOLEAN NOT NULL DEFAULT FALSE;
