package cn.slaportal.core.billing;

import cn.slaportal.core.SlaRuleViolation;

/** The day of the month on which a subscription's billing month starts: 1 to 28 (1 = calendar months). */
public record BillingDay(int value) {

    public static final BillingDay CALENDAR = new BillingDay(1);

    public BillingDay {
        if (value < 1 || value > 28) {
            throw new SlaRuleViolation("billing.error.billing-day-out-of-range", value);
        }
    }
}
