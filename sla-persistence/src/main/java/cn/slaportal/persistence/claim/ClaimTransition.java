package cn.slaportal.persistence.claim;

import cn.slaportal.core.billing.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision on a claim: the new status, who takes it and why. Approval needs the approved credit;
 * rejection needs a reason or at least one cited exclusion.
 */
public record ClaimTransition(ClaimStatus to, String actor, Optional<String> reason, List<CitedExclusion> exclusions,
                              Optional<Money> approvedCredit) {

    public ClaimTransition {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(approvedCredit, "approvedCredit");
        exclusions = List.copyOf(exclusions);
        reason = reason.filter(text -> !text.isBlank());
        if (to == ClaimStatus.APPROVED && approvedCredit.isEmpty()) {
            throw new IllegalArgumentException("an approval states the approved credit");
        }
        if (to != ClaimStatus.APPROVED && approvedCredit.isPresent()) {
            throw new IllegalArgumentException("only an approval carries an approved credit");
        }
        if (to == ClaimStatus.REJECTED && reason.isEmpty() && exclusions.isEmpty()) {
            throw new IllegalArgumentException("a rejection gives a reason or cites an exclusion");
        }
    }

    public static ClaimTransition to(ClaimStatus status, String actor, String reason) {
        return new ClaimTransition(status, actor, Optional.ofNullable(reason), List.of(), Optional.empty());
    }
}
