package cn.slaportal.core.claim;

import cn.slaportal.core.credit.CreditAssessment;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An accepted submission: the new claim and its SUBMITTED transition, the month assessed under the governing rules
 * (uptime, tier, credit capped at the fee), the deadline it met and, where the version promises one, the expected
 * decision date.
 */
public record ClaimSubmission(ClaimChange change, CreditAssessment assessment, ClaimDeadline deadline,
        Optional<LocalDate> expectedDecisionDate) {

    public ClaimSubmission {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(expectedDecisionDate, "expectedDecisionDate");
    }

    public ServiceCreditClaim claim() {
        return change.claim();
    }
}
