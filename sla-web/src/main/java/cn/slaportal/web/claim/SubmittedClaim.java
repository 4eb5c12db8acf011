package cn.slaportal.web.claim;

import cn.slaportal.core.claim.ClaimDeadline;
import cn.slaportal.core.credit.CreditAssessment;
import cn.slaportal.core.version.AppliedLevel;
import cn.slaportal.persistence.claim.Claim;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The outcome of {@link ClaimSubmissionService}: the stored claim (empty for a preview), the version whose rules
 * govern it, the month assessed under them (uptime, tier, credit capped at the fee), the deadline it met and, where
 * the version promises one, the expected decision date.
 */
public record SubmittedClaim(Optional<Claim> claim, AppliedLevel governing, CreditAssessment assessment,
        ClaimDeadline deadline, Optional<LocalDate> expectedDecisionDate) {
}
