package cn.slaportal.core.uptime;

import cn.slaportal.core.SlaRuleViolation;

/**
 * The two figures of the SLA formula: Maximum Available Minutes (or User Minutes) and Downtime, in the
 * same unit. Valid by construction: available is positive and downtime lies within it.
 */
public record UptimeMinutes(long availableMinutes, long downtimeMinutes) {

    public UptimeMinutes {
        if (availableMinutes <= 0) {
            throw new SlaRuleViolation("uptime.error.no-available-minutes");
        }
        if (downtimeMinutes < 0) {
            throw new SlaRuleViolation("uptime.error.negative-minutes", "downtime");
        }
        if (downtimeMinutes > availableMinutes) {
            throw new SlaRuleViolation("uptime.error.downtime-exceeds-available", downtimeMinutes, availableMinutes);
        }
    }

    public UptimePercentage percentage() {
        return UptimePercentage.fromMinutes(availableMinutes, downtimeMinutes);
    }
}
