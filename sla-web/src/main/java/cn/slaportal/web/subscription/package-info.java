/**
 * Subscriptions in the customer area: {@code /account/subscriptions} shows every term and renewal of the signed-in
 * customer's organisation with the facts that decide a credit and the SLA version governing each term; a
 * scheduled version says which terms (and which renewals) it will govern. Scoped by the principal's organisation.
 */
package cn.slaportal.web.subscription;
