package cn.slaportal.core.credit;

import cn.slaportal.core.billing.Money;
import java.time.YearMonth;
import java.util.Collection;

/** Whether a service may earn another Service Credit for a monthly period. */
public enum CreditFrequencyRule {
    /**
     * Azure general terms: any validated Claim may earn a credit; the credits of a billing month together
     * never exceed that month's fee (see {@link #remainingCap}).
     */
    CAPPED_BY_MONTHLY_FEE,
    /** Dynamics 365: only one Service Credit per Service for an Applicable Monthly Period. */
    ONE_PER_SERVICE_PER_MONTHLY_PERIOD;

    /** {@code creditedPeriods}: the periods in which this service already received a credit. */
    public boolean allowsAnotherCredit(YearMonth period, Collection<YearMonth> creditedPeriods) {
        return this == CAPPED_BY_MONTHLY_FEE || !creditedPeriods.contains(period);
    }

    /** What may still be credited in a period, given the fee and what was already credited in it. */
    public static Money remainingCap(Money fee,
            Money alreadyCredited) {
        return alreadyCredited.compareTo(fee) >= 0 ? Money.ZERO
                : new Money(fee.amount().subtract(alreadyCredited.amount()));
    }
}
