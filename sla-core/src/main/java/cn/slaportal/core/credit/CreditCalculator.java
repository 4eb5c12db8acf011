package cn.slaportal.core.credit;

import cn.slaportal.core.billing.Money;
import cn.slaportal.core.uptime.UptimePercentage;
import java.util.Optional;

/**
 * Credit % = the tier of the lowest threshold the uptime falls below; amount = percent x Applicable Monthly
 * Service Fee, HALF_UP to 0.01, never more than the fee. Stateless.
 */
public final class CreditCalculator {

    public ServiceCredit assess(CreditSchedule schedule, UptimePercentage uptime, ApplicableFee fee) {
        Optional<CreditTier> tier = schedule.tierFor(uptime);
        CreditPercent percent = tier.map(CreditTier::creditPercent).orElse(CreditPercent.NONE);
        Money amount = fee.amount().percent(percent.value()).min(fee.amount());
        return new ServiceCredit(uptime, tier, percent, amount, fee);
    }
}
