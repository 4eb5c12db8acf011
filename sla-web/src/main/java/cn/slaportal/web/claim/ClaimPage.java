package cn.slaportal.web.claim;

import cn.slaportal.core.version.AppliedLevel;
import cn.slaportal.persistence.claim.Claim;
import cn.slaportal.persistence.claim.ClaimDetail;
import cn.slaportal.persistence.claim.ClaimStatusChange;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.web.subscription.TermView;
import java.util.List;
import java.util.Optional;

/**
 * A claim as its customer reads it: the facts as filed, its term, the incident, the version whose rules govern it
 * and the exclusions cited, with their titles and clauses in that version.
 */
public record ClaimPage(ClaimDetail detail, TermView term, Incident incident, Optional<AppliedLevel> governing,
                        List<CustomerClaims.CitedExclusionView> exclusions) {

    public Claim claim() {
        return detail.claim();
    }

    public List<ClaimStatusChange> timeline() {
        return detail.history();
    }

    /** The timeline as the review page shows it too (claim/parts :: timeline), each step with what its text is. */
    public List<AdminClaims.TimelineEntry> steps() {
        return timeline().stream().map(AdminClaims.TimelineEntry::new).toList();
    }

    public boolean awaitsAnswer() {
        return claim().status().name().equals("NEEDS_INFO");
    }

    public boolean withdrawable() {
        return !claim().status().isFinal();
    }

    /** The question of the latest request for information. */
    public Optional<String> question() {
        for (int i = timeline().size() - 1; i >= 0; i--) {
            ClaimStatusChange change = timeline().get(i);
            if (change.to().name().equals("NEEDS_INFO")) {
                return change.reason();
            }
        }
        return Optional.empty();
    }
}
