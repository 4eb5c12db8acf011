package cn.slaportal.persistence.subscription;

import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A subscription term to store. The term runs from {@code termStart} to {@code termEnd}, both inclusive.
 * A reseller comes with its estimated retail price, or not at all.
 */
public record NewSubscription(long organisationId, ServiceLevelSlug serviceLevel, LocalDate termStart, LocalDate termEnd,
                              BillingDay billingDay, Money monthlyFee, Optional<Money> suitePriceShare,
                              Optional<Reseller> reseller) {

    public NewSubscription {
        Objects.requireNonNull(serviceLevel, "serviceLevel");
        Objects.requireNonNull(termStart, "termStart");
        Objects.requireNonNull(termEnd, "termEnd");
        Objects.requireNonNull(billingDay, "billingDay");
        Objects.requireNonNull(monthlyFee, "monthlyFee");
        Objects.requireNonNull(suitePriceShare, "suitePriceShare");
        Objects.requireNonNull(reseller, "reseller");
        if (!termEnd.isAfter(termStart)) {
            throw new IllegalArgumentException("a term ends after it starts");
        }
    }
}
