package cn.slaportal.persistence.claim;

import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.credit.CreditPercent;
import cn.slaportal.core.uptime.UptimePercentage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A stored claim; pass {@code rowVersion} back with a transition so that concurrent reviews are detected. */
public record Claim(long id, String reference, long organisationId, long subscriptionId, long incidentId,
                    ServiceLevelSlug serviceLevel, ClaimStatus status, String description, Instant downtimeStartedAt,
                    long downtimeMinutes, Optional<String> affectedResources, Optional<Integer> affectedUserCount,
                    Optional<String> affectedUserLocations, String resolutionAttempts, UptimePercentage uptime,
                    CreditPercent creditPercent, Money creditAmount, LocalDate deadline,
                    Optional<LocalDate> expectedDecisionDate, Optional<Money> approvedCredit,
                    List<CitedExclusion> exclusions, long submittedByUserId, Instant submittedAt, Instant updatedAt,
                    long rowVersion) {
}
