package cn.slaportal.core.uptime;

import cn.slaportal.core.SlaRuleViolation;
import java.util.List;
import java.util.Objects;

/** What a customer knows about a month, in the shape its service level's {@link UptimeMethod} needs. */
public sealed interface UptimeInput {

    UptimeMethod method();

    /** Service Bus: each resource's deployment and unavailable minutes. */
    record DeploymentMinutes(List<ResourceMinutes> resources) implements UptimeInput {
        public DeploymentMinutes {
            resources = List.copyOf(Objects.requireNonNull(resources, "resources"));
            if (resources.isEmpty()) {
                throw new SlaRuleViolation("uptime.error.no-resources");
            }
        }

        @Override
        public UptimeMethod method() {
            return UptimeMethod.DEPLOYMENT_MINUTES;
        }
    }

    /** Dynamics online services: users, maintenance windows and downtime already counted in user-minutes. */
    record UserMinutes(long users, List<Maintenance> maintenance, long downtimeUserMinutes) implements UptimeInput {
        public UserMinutes {
            maintenance = List.copyOf(Objects.requireNonNull(maintenance, "maintenance"));
            if (users <= 0) {
                throw new SlaRuleViolation("uptime.error.no-users");
            }
            if (downtimeUserMinutes < 0) {
                throw new SlaRuleViolation("uptime.error.negative-minutes", "downtimeUserMinutes");
            }
        }

        @Override
        public UptimeMethod method() {
            return UptimeMethod.USER_MINUTES;
        }
    }

    /** Finance and Operations: minutes the Active Tenant was deployed and minutes users could not log in. */
    record TenantMinutes(long deployedMinutes, long downtimeMinutes, List<Maintenance> maintenance)
            implements UptimeInput {
        public TenantMinutes {
            maintenance = List.copyOf(Objects.requireNonNull(maintenance, "maintenance"));
            if (deployedMinutes < 0) {
                throw new SlaRuleViolation("uptime.error.negative-minutes", "deployedMinutes");
            }
            if (downtimeMinutes < 0) {
                throw new SlaRuleViolation("uptime.error.negative-minutes", "downtimeMinutes");
            }
        }

        @Override
        public UptimeMethod method() {
            return UptimeMethod.TENANT_MINUTES;
        }
    }
}
