package cn.slaportal.web.claim;

import cn.slaportal.core.claim.ClaimAction;
import cn.slaportal.core.exclusion.Exclusion;
import cn.slaportal.core.version.AppliedLevel;
import cn.slaportal.persistence.claim.Claim;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.web.subscription.TermView;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One claim as an administrator reviews it: the claim with its names and days left ({@code row}), the incident, the
 * subscription term it was filed on, the governing version (empty for a claim stored without one) with the
 * exclusions it offers, the exclusions cited so far, the steps an administrator may take now, who filed it and the
 * timeline.
 */
public record ClaimReview(AdminClaims.QueueRow row, Incident incident, Optional<TermView> term,
                          Optional<AppliedLevel> governing, List<Exclusion> offered,
                          List<CustomerClaims.CitedExclusionView> cited, Set<ClaimAction> actions, String claimantEmail,
                          String claimantName, List<AdminClaims.TimelineEntry> timeline) {

    public Claim claim() {
        return row.claim();
    }

    public boolean allows(String action) {
        return actions.contains(ClaimAction.valueOf(action));
    }

    /** Whether the core can recompute the credit: the claim was stored with its governing figures. */
    public boolean recomputable() {
        Claim claim = claim();
        return governing.isPresent() && claim.minutes().isPresent() && claim.fee().isPresent()
                && claim.billingMonthStart().isPresent();
    }

    /** Whether a decision (approve or reject) is possible now. */
    public boolean decidable() {
        return actions.contains(ClaimAction.APPROVE) || actions.contains(ClaimAction.REJECT);
    }
}
