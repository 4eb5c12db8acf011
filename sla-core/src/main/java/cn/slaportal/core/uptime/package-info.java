/**
 * Monthly Uptime Percentage: the three ways the SLAs count minutes (deployment minutes for Service Bus,
 * user minutes for the Dynamics 365 online services, tenant minutes for Finance and Operations),
 * Scheduled Downtime (maintenance announced at least five days before it began) and the exact
 * {@link cn.slaportal.core.uptime.UptimePercentage}. Every invalid input is refused with a
 * {@link cn.slaportal.core.SlaRuleViolation} whose code starts with {@code uptime.error.}.
 */
package cn.slaportal.core.uptime;
