package cn.slaportal.persistence.claim;

import cn.slaportal.core.claim.ClaimStatement;
import cn.slaportal.core.claim.ClaimTransition;
import cn.slaportal.core.claim.ServiceCreditClaim;
import cn.slaportal.core.credit.ServiceCredit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A claim as the core accepted it, to store: the aggregate (governing version, billing month, figures, fee,
 * status) and its SUBMITTED transition, the customer's statement, the incident's start and length, the credit
 * computed at submission, the deadline it met and the expected decision date.
 */
public record NewClaim(long subscriptionId, long incidentId, ServiceCreditClaim claim, ClaimTransition submitted,
                       ClaimStatement statement, Instant downtimeStartedAt, long downtimeMinutes, ServiceCredit credit,
                       LocalDate deadline, Optional<LocalDate> expectedDecisionDate, long submittedByUserId) {

    public NewClaim {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(downtimeStartedAt, "downtimeStartedAt");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(expectedDecisionDate, "expectedDecisionDate");
        if (downtimeMinutes < 0) {
            throw new IllegalArgumentException("downtime minutes are not negative");
        }
    }
}
