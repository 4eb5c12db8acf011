package cn.slaportal.web.subscription;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.core.credit.ApplicableFee;
import cn.slaportal.persistence.subscription.Reseller;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.version.SlaVersionSummary;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * One subscription term as the customer reads it: its facts, the fee credits are computed on, the document its
 * service level belongs to, the version governing the term and the level as that version states it (tiers,
 * deadline rule, decision period). Both are empty when no version was in force when the term began.
 */
public record TermView(Subscription term, LocalizedText levelName, String document, Optional<SlaVersionSummary> governing,
                       Optional<ServiceLevel> governingLevel, Optional<Long> renewedBy, LocalDate today) {

    /** The Applicable Monthly Service Fee (core rule {@link ApplicableFee#of}). */
    public ApplicableFee applicableFee() {
        return ApplicableFee.of(term.monthlyFee(), term.suitePriceShare(), term.reseller().map(Reseller::estimatedRetailPrice));
    }

    public String levelName(Locale locale) {
        return levelName.in(locale);
    }

    /** CURRENT, FUTURE or ENDED on {@code today}. */
    public String state() {
        if (today.isBefore(term.termStart())) {
            return "FUTURE";
        }
        return today.isAfter(term.termEnd()) ? "ENDED" : "CURRENT";
    }

    /** The day a renewal of this term would begin (the day after it ends). */
    public LocalDate renewalStart() {
        return term.termEnd().plusDays(1);
    }
}
