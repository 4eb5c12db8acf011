package cn.slaportal.web.subscription;

import cn.slaportal.persistence.version.SlaVersionSummary;
import java.util.List;

/**
 * A published version not yet in force, and what it will govern for this customer: the terms that begin on or
 * after its effective date, and the renewals of the terms that are not yet renewed and end on or after it.
 */
public record ScheduledVersionView(SlaVersionSummary version, List<TermView> governsTerms, List<TermView> wouldGovernRenewalOf) {
}
