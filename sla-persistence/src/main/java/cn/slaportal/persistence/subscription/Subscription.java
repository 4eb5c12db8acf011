package cn.slaportal.persistence.subscription;

import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import java.time.LocalDate;
import java.util.Optional;

/** A stored subscription term; {@code renews} is the previous term's id when this term is a renewal. */
public record Subscription(long id, long organisationId, ServiceLevelSlug serviceLevel, LocalDate termStart,
                           LocalDate termEnd, Optional<Long> renews, BillingDay billingDay, Money monthlyFee,
                           Optional<Money> suitePriceShare, Optional<Reseller> reseller, long rowVersion) {

}
