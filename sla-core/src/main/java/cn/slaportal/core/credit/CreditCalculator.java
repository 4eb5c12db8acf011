package cn.slaportal.core.credit;

import cn.slaportal.core.billing.Money;
import cn.slaportal.core.uptime.UptimeMinutes;
import cn.slaportal.core.uptime.UptimePercentage;
import java.util.Optional;

/**
 * Credit % = the tier of the lowest threshold the uptime falls below; amount = percent x Applicable Monthly
 * Service Fee, HALF_UP to 0.01, never more than the fee. Stateless.
 */
public final class CreditCalculator {

    public ServiceCredit assess(CreditSchedule schedule, UptimePercentage uptime, ApplicableFee fee) {
        return credit(schedule.tierFor(uptime), uptime, fee);
    }

    /** The same from minutes: the tier is found by exact integer comparison. */
    public ServiceCredit assess(CreditSchedule schedule, UptimeMinutes minutes, ApplicableFee fee) {
        return credit(schedule.tierFor(minutes), minutes.percentage(), fee);
    }

    private static ServiceCredit credit(Optional<CreditTier> tier, UptimePercentage uptime, ApplicableFee fee) {
        CreditPercent percent = tier.map(CreditTier::creditPercent).orElse(CreditPercent.NONE);
        Money amount = fee.amount().percent(percent.value()).min(fee.amount());
        return new ServiceCredit(uptime, tier, percent, amount, fee);
    }
}
