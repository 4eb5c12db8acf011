package cn.slaportal.web.subscription;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.credit.ApplicableFee;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.version.SlaVersionSummary;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * One subscription term as the customer reads it: its facts, the fee credits are computed on, the document its
 * service level belongs to and the version governing the term (empty when no version was in force when it began).
 */
public record TermView(Subscription term, LocalizedText levelName, String document, Optional<SlaVersionSummary> governing,
                       Optional<Long> renewedBy, LocalDate today) {

    public ApplicableFee applicableFee() {
        return term.applicableFee();
    }

    public String levelName(Locale locale) {
        return levelName.in(locale);
    }

    /** CURRENT, FUTURE or ENDED on {@code today}. */
    public String state() {
        if (term.isActiveOn(today)) {
            return "CURRENT";
        }
        return today.isBefore(term.termStart()) ? "FUTURE" : "ENDED";
    }

    /** The day a renewal of this term would begin (the day after it ends). */
    public LocalDate renewalStart() {
        return term.termEnd().plusDays(1);
    }
}
