package cn.slaportal.core.claim;

import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.credit.ApplicableFee;
import java.time.LocalDate;
import java.util.Objects;

/** The facts of a subscription term that decide a claim: level covered, first and last day, billing day, fee. */
public record SubscriptionTerm(ServiceLevelSlug level, LocalDate start, LocalDate end, BillingDay billingDay,
        ApplicableFee fee) {

    public SubscriptionTerm {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(billingDay, "billingDay");
        Objects.requireNonNull(fee, "fee");
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
