package cn.slaportal.core.uptime;

import cn.slaportal.core.SlaRuleViolation;
import java.util.Objects;

/** One Service Bus resource (Relay, Queue, Topic, Notification Hub) in a billing month. */
public record ResourceMinutes(String name, long deployedMinutes, long downtimeMinutes) {

    public ResourceMinutes {
        Objects.requireNonNull(name, "name");
        if (deployedMinutes < 0) {
            throw new SlaRuleViolation("uptime.error.negative-minutes", "deployedMinutes");
        }
        if (downtimeMinutes < 0) {
            throw new SlaRuleViolation("uptime.error.negative-minutes", "downtimeMinutes");
        }
        if (downtimeMinutes > deployedMinutes) {
            throw new SlaRuleViolation("uptime.error.downtime-exceeds-available", downtimeMinutes, deployedMinutes);
        }
    }
}
