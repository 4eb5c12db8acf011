/**
 * Claims on the web: the customer's claim form and claims pages, the submission and decision services every caller
 * uses ({@link cn.slaportal.web.claim.ClaimSubmissionService}, {@link cn.slaportal.web.claim.ClaimDecisionService}),
 * the claim e-mails, the administrators' reading of the queue and of one claim ({@link cn.slaportal.web.claim.AdminClaims}),
 * and {@code GET /api/v1/claims/deadline} (the last day a Claim for an Incident may arrive, by the service level's
 * deadline rule and the subscription's billing day).
 */
package cn.slaportal.web.claim;
