package cn.slaportal.web.credit;

import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.core.credit.ServiceCredit;
import cn.slaportal.core.uptime.UptimeMinutes;

/** The answer of {@link CreditEstimator}: uptime (exact and displayed) via {@code credit.uptime()}, tier, credit. */
public record CreditEstimate(ServiceLevel serviceLevel, BillingMonth month, UptimeMinutes minutes,
        ServiceCredit credit) {
}
