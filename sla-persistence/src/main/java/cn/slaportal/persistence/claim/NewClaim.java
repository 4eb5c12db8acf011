package cn.slaportal.persistence.claim;

import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.credit.CreditPercent;
import cn.slaportal.core.uptime.UptimePercentage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A claim as submitted: the required information of SPEC 3.6 (affected resources for Service Bus; number
 * and locations of end users for Dynamics, where applicable) and the figures computed at submission.
 */
public record NewClaim(long subscriptionId, long incidentId, ServiceLevelSlug serviceLevel, String description,
                       Instant downtimeStartedAt, long downtimeMinutes, Optional<String> affectedResources,
                       Optional<Integer> affectedUserCount, Optional<String> affectedUserLocations,
                       String resolutionAttempts, UptimePercentage uptime, CreditPercent creditPercent, Money creditAmount,
                       LocalDate deadline, Optional<LocalDate> expectedDecisionDate, long submittedByUserId,
                       String submittedBy) {

    public NewClaim {
        Objects.requireNonNull(serviceLevel, "serviceLevel");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(downtimeStartedAt, "downtimeStartedAt");
        Objects.requireNonNull(affectedResources, "affectedResources");
        Objects.requireNonNull(affectedUserCount, "affectedUserCount");
        Objects.requireNonNull(affectedUserLocations, "affectedUserLocations");
        Objects.requireNonNull(resolutionAttempts, "resolutionAttempts");
        Objects.requireNonNull(uptime, "uptime");
        Objects.requireNonNull(creditPercent, "creditPercent");
        Objects.requireNonNull(creditAmount, "creditAmount");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(expectedDecisionDate, "expectedDecisionDate");
        Objects.requireNonNull(submittedBy, "submittedBy");
        if (downtimeMinutes < 0) {
            throw new IllegalArgumentException("downtime minutes are not negative");
        }
    }
}
