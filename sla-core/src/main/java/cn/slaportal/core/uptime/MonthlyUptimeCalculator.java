package cn.slaportal.core.uptime;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.billing.BillingMonth;

/**
 * Turns a month's {@link UptimeInput} into the SLA formula's {@link UptimeMinutes}.
 * <ul>
 * <li>Deployment minutes: available = sum of deployed minutes, downtime = sum of unavailable minutes;
 *     no resource may be deployed longer than the month.</li>
 * <li>User minutes: available = (minutes in month - Scheduled Downtime) x users; downtime = downtime
 *     user-minutes + unannounced maintenance minutes x users (all users).</li>
 * <li>Tenant minutes: available = deployed minutes - Scheduled Downtime; downtime = login-failure minutes
 *     + unannounced maintenance minutes (the whole tenant).</li>
 * </ul>
 * Stateless; exact integer arithmetic with overflow refused as {@code uptime.error.too-large}.
 */
public final class MonthlyUptimeCalculator {

    public UptimeMinutes calculate(BillingMonth month, UptimeInput input) {
        long minutesInMonth = month.minutes();
        if (input instanceof UptimeInput.DeploymentMinutes deployment) {
            return deploymentMinutes(minutesInMonth, deployment);
        }
        if (input instanceof UptimeInput.UserMinutes users) {
            return userMinutes(minutesInMonth, users);
        }
        return tenantMinutes(minutesInMonth, (UptimeInput.TenantMinutes) input);
    }

    private static UptimeMinutes deploymentMinutes(long minutesInMonth, UptimeInput.DeploymentMinutes input) {
        long available = 0;
        long downtime = 0;
        for (ResourceMinutes resource : input.resources()) {
            if (resource.deployedMinutes() > minutesInMonth) {
                throw new SlaRuleViolation("uptime.error.deployed-exceeds-month",
                        resource.name(), resource.deployedMinutes(), minutesInMonth);
            }
            available = add(available, resource.deployedMinutes());
            downtime = add(downtime, resource.downtimeMinutes());
        }
        return new UptimeMinutes(available, downtime);
    }

    private static UptimeMinutes userMinutes(long minutesInMonth, UptimeInput.UserMinutes input) {
        long scheduled = 0;
        long unannounced = 0;
        for (Maintenance maintenance : input.maintenance()) {
            if (maintenance.isScheduledDowntime()) {
                scheduled = add(scheduled, maintenance.minutes());
            } else {
                unannounced = add(unannounced, maintenance.minutes());
            }
        }
        if (add(scheduled, unannounced) > minutesInMonth) {
            throw new SlaRuleViolation("uptime.error.scheduled-exceeds-month", add(scheduled, unannounced), minutesInMonth);
        }
        long available = multiply(minutesInMonth - scheduled, input.users());
        long downtime = add(input.downtimeUserMinutes(), multiply(unannounced, input.users()));
        return new UptimeMinutes(available, downtime);
    }

    private static UptimeMinutes tenantMinutes(long minutesInMonth, UptimeInput.TenantMinutes input) {
        if (input.deployedMinutes() > minutesInMonth) {
            throw new SlaRuleViolation("uptime.error.deployed-exceeds-month", "tenant", input.deployedMinutes(),
                    minutesInMonth);
        }
        long scheduled = 0;
        long unannounced = 0;
        for (Maintenance maintenance : input.maintenance()) {
            if (maintenance.isScheduledDowntime()) {
                scheduled = add(scheduled, maintenance.minutes());
            } else {
                unannounced = add(unannounced, maintenance.minutes());
            }
        }
        if (add(scheduled, unannounced) > input.deployedMinutes()) {
            throw new SlaRuleViolation("uptime.error.scheduled-exceeds-month", add(scheduled, unannounced),
                    input.deployedMinutes());
        }
        return new UptimeMinutes(input.deployedMinutes() - scheduled, add(input.downtimeMinutes(), unannounced));
    }

    private static long add(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new SlaRuleViolation("uptime.error.too-large");
        }
    }

    private static long multiply(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw new SlaRuleViolation("uptime.error.too-large");
        }
    }
}
