/**
 * Service-credit claims as rows: a human-readable reference unique under concurrency, the required information,
 * the core aggregate's state (governing version, billing month, figures, fee, status, cited exclusions, approved
 * credit), the deadline, and every status transition with who made it, in which role and why. The lifecycle and
 * its rules live in sla-core ({@code cn.slaportal.core.claim}); a unique key on (incident, subscription, blocking)
 * backs the core's duplicate rule under concurrency (a withdrawn claim has no blocking value).
 * {@link cn.slaportal.persistence.claim.ClaimStore} is the public entry point.
 */
package cn.slaportal.persistence.claim;
