package cn.slaportal.persistence.subscription;

import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.credit.ApplicableFee;
import java.time.LocalDate;
import java.util.Optional;

/** A stored subscription term; {@code renews} is the previous term's id when this term is a renewal. */
public record Subscription(long id, long organisationId, ServiceLevelSlug serviceLevel, LocalDate termStart,
                           LocalDate termEnd, Optional<Long> renews, BillingDay billingDay, Money monthlyFee,
                           Optional<Money> suitePriceShare, Optional<Reseller> reseller, long rowVersion) {

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(termStart) && !day.isAfter(termEnd);
    }

    /**
     * The fee credits are computed on (SPEC 3.4): the reseller's estimated retail price, else the suite share,
     * else the monthly fee.
     */
    public ApplicableFee applicableFee() {
        if (reseller.isPresent()) {
            return ApplicableFee.resellerRetailPrice(reseller.get().estimatedRetailPrice());
        }
        return suitePriceShare.map(ApplicableFee::suiteShare).orElseGet(() -> ApplicableFee.monthlyFee(monthlyFee));
    }
}
