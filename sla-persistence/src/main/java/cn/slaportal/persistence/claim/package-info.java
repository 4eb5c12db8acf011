/**
 * Service-credit claims: a human-readable reference unique under concurrency, the required information,
 * the uptime and credit computed at submission, the deadline, and every status transition with who made
 * it and why. One claim per incident and subscription is enforced by a unique constraint.
 * {@link cn.slaportal.persistence.claim.ClaimStore} is the public entry point.
 */
package cn.slaportal.persistence.claim;
