/**
 * Money and billing periods: {@link cn.slaportal.core.billing.Money} in CNY,
 * {@link cn.slaportal.core.billing.BillingDay} (1-28) and {@link cn.slaportal.core.billing.BillingMonth},
 * the period from a billing day to the day before it in the next month. Shared by uptime, credits and claims.
 */
package cn.slaportal.core.billing;
