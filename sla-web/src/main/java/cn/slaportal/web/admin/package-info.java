/**
 * The administration's start page ({@code /admin}: claims awaiting a decision, failed deliveries, whether mail is
 * configured), the claims queue and review pages ({@code /admin/claims}: the pages and their form records; the
 * reading is {@code web.claim.AdminClaims}, the steps {@code web.claim.ClaimDecisionService}) and what every admin
 * page shares: the 409 page for a concurrent change.
 */
package cn.slaportal.web.admin;
