package cn.slaportal.persistence.claim;

import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.catalog.SlaDocument;
import cn.slaportal.core.claim.CitedExclusion;
import cn.slaportal.core.claim.ClaimStatus;
import cn.slaportal.core.claim.ServiceCreditClaim;
import cn.slaportal.core.credit.ApplicableFee;
import cn.slaportal.core.credit.CreditPercent;
import cn.slaportal.core.uptime.UptimeMinutes;
import cn.slaportal.core.uptime.UptimePercentage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A stored claim; pass {@code rowVersion} back with a step so that concurrent reviews are detected. The governing
 * version, billing month, figures and fee are empty only for claims stored before the claim lifecycle moved to the
 * core (they cannot take further steps).
 */
public record Claim(long id, String reference, long organisationId, long subscriptionId, long incidentId,
                    ServiceLevelSlug serviceLevel, ClaimStatus status, String description, Instant downtimeStartedAt,
                    long downtimeMinutes, Optional<String> affectedResources, Optional<Integer> affectedUserCount,
                    Optional<String> affectedUserLocations, String resolutionAttempts, UptimePercentage uptime,
                    CreditPercent creditPercent, Money creditAmount, LocalDate deadline,
                    Optional<LocalDate> expectedDecisionDate, Optional<Money> approvedCredit,
                    List<CitedExclusion> exclusions, long submittedByUserId, Instant submittedAt, Instant updatedAt,
                    long rowVersion, Optional<String> document, Optional<Integer> governingVersion,
                    Optional<LocalDate> billingMonthStart, Optional<UptimeMinutes> minutes,
                    Optional<ApplicableFee> fee) {

    /** The core aggregate of this claim, to take its next step. */
    public ServiceCreditClaim toCore() {
        if (document.isEmpty() || governingVersion.isEmpty() || billingMonthStart.isEmpty() || minutes.isEmpty()
                || fee.isEmpty()) {
            throw new IllegalStateException("claim " + reference + " was stored without its governing figures");
        }
        LocalDate first = billingMonthStart.get();
        BillingMonth month = BillingMonth.containing(first, new BillingDay(first.getDayOfMonth()));
        return new ServiceCreditClaim(serviceLevel, new SlaDocument(document.get()), governingVersion.get(), month,
                minutes.get(), fee.get(), status, exclusions, approvedCredit);
    }
}
