package cn.slaportal.core.claim;

import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import java.util.Objects;

/**
 * A claim the organisation filed before, as far as a new claim's rules need it: whether it is for the same
 * incident and subscription, its level, billing month and status.
 */
public record PriorClaim(String reference, boolean sameIncidentAndSubscription, ServiceLevelSlug level,
        BillingMonth billingMonth, ClaimStatus status) {

    public PriorClaim {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(billingMonth, "billingMonth");
        Objects.requireNonNull(status, "status");
    }
}
