/**
 * Subscription terms: organisation, service level, term, the term it renews, billing day, monthly fee,
 * optional suite share and reseller price. The governing SLA version is never stored: it follows from the
 * term start by the core rule ({@code SlaVersionStore.governing}).
 */
package cn.slaportal.persistence.subscription;
