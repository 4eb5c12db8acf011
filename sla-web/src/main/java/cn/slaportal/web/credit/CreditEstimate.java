package cn.slaportal.web.credit;

import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.core.credit.ServiceCredit;
import cn.slaportal.core.uptime.UptimeMinutes;
import cn.slaportal.core.version.AppliedLevel;

/**
 * The answer of {@link CreditEstimator}: uptime (exact and displayed) via {@code credit.uptime()}, tier, credit,
 * and the version whose rules were applied ({@code applied.version()}: the one in force on the first day of the
 * billing month).
 */
public record CreditEstimate(AppliedLevel applied, BillingMonth month, UptimeMinutes minutes, ServiceCredit credit) {

    public ServiceLevel serviceLevel() {
        return applied.level();
    }
}
