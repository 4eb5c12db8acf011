package cn.slaportal.core.credit;

import cn.slaportal.core.billing.Money;
import cn.slaportal.core.uptime.UptimePercentage;
import java.util.Objects;
import java.util.Optional;

/** The outcome of a credit assessment: uptime, the tier that applied (if any), percent and amount. */
public record ServiceCredit(UptimePercentage uptime, Optional<CreditTier> tier, CreditPercent percent, Money amount,
        ApplicableFee fee) {

    public ServiceCredit {
        Objects.requireNonNull(uptime, "uptime");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(fee, "fee");
        if (amount.compareTo(fee.amount()) > 0) {
            throw new IllegalArgumentException("a credit never exceeds its fee");
        }
    }

    public boolean isDue() {
        return !percent.isNone() && amount.amount().signum() > 0;
    }

    public boolean paidThroughReseller() {
        return fee.paidThroughReseller();
    }
}
