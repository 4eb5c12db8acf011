package cn.slaportal.web.claim;

import cn.slaportal.core.claim.ClaimDeadline;
import cn.slaportal.core.credit.CreditAssessment;
import cn.slaportal.core.version.AppliedLevel;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.web.subscription.TermView;
import java.util.Locale;

/**
 * An operator-recorded incident the customer can claim for one subscription: the governing version's level, the
 * month assessed from the incident's minutes and the subscription's facts (the whole deployment, all users or the
 * whole tenant unavailable for the incident), and the deadline.
 */
public record ClaimableIncident(Incident incident, TermView term, AppliedLevel governing, CreditAssessment estimate,
                                ClaimDeadline deadline) {

    public String description(Locale locale) {
        return incident.description().in(locale);
    }

    public long minutes() {
        return incident.duration().toMinutes();
    }
}
