package cn.slaportal.core.uptime;

/** How a service level counts its available minutes. */
public enum UptimeMethod {
    /** Sum of the minutes each resource was deployed in the billing month (Service Bus). */
    DEPLOYMENT_MINUTES,
    /** Minutes in the month less Scheduled Downtime, times the number of users (Dynamics 365 online services). */
    USER_MINUTES,
    /** Minutes the Active Tenant was deployed in the month (Dynamics 365 Finance and Operations). */
    TENANT_MINUTES
}
