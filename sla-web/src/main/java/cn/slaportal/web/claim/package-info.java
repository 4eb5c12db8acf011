/**
 * Claims on the web. Here: {@code GET /api/v1/claims/deadline} (the last day a Claim for an Incident may
 * arrive, by the service level's deadline rule and the subscription's billing day).
 */
package cn.slaportal.web.claim;
